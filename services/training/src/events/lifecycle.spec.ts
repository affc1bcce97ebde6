import { DomainError } from '@elo/contracts';
import { assertTransition, canTransition } from './lifecycle';

describe('course lifecycle', () => {
  it('moves forward one step at a time', () => {
    expect(canTransition('planned', 'open')).toBe(true);
    expect(canTransition('open', 'in_progress')).toBe(true);
    expect(canTransition('in_progress', 'completed')).toBe(true);
    expect(canTransition('planned', 'in_progress')).toBe(false);
    expect(canTransition('open', 'completed')).toBe(false);
  });

  it('cancels anything not finished, and nothing leaves completed or cancelled', () => {
    expect(canTransition('planned', 'cancelled')).toBe(true);
    expect(canTransition('in_progress', 'cancelled')).toBe(true);
    expect(canTransition('completed', 'cancelled')).toBe(false);
    expect(canTransition('cancelled', 'open')).toBe(false);
  });

  it('refuses an invalid transition with TRAINING.INVALID_TRANSITION', () => {
    expect(() => assertTransition('x', 'completed', 'open')).toThrow(DomainError);
    try {
      assertTransition('x', 'completed', 'open');
    } catch (error) {
      expect((error as DomainError).code).toBe('TRAINING.INVALID_TRANSITION');
    }
  });
});
