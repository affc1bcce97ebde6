import { PARTNERSHIP_STATUSES } from '@elo/contracts';
import { allowedTransitions, canTransition, datesLocked } from './lifecycle';

describe('agreement lifecycle', () => {
  it('lets people walk the happy path and suspend and resume', () => {
    const path = [
      'draft',
      'negotiation',
      'signed',
      'in_force',
      'suspended',
      'in_force',
      'terminated',
    ] as const;
    path.slice(1).forEach((to, i) => expect(canTransition(path[i] ?? 'draft', to, 'person')).toBe(true));
  });

  it('refuses skipping steps, leaving an end state and expiring by hand', () => {
    expect(canTransition('draft', 'signed', 'person')).toBe(false);
    expect(canTransition('draft', 'in_force', 'person')).toBe(false);
    expect(canTransition('negotiation', 'in_force', 'person')).toBe(false);
    expect(canTransition('in_force', 'expired', 'person')).toBe(false);
    expect(canTransition('suspended', 'suspended', 'person')).toBe(false);
    for (const to of PARTNERSHIP_STATUSES) {
      expect(canTransition('expired', to, 'person')).toBe(false);
      expect(canTransition('terminated', to, 'person')).toBe(false);
    }
  });

  it('lets only the calendar expire agreements and put signed ones in force', () => {
    expect(canTransition('in_force', 'expired', 'calendar')).toBe(true);
    expect(canTransition('suspended', 'expired', 'calendar')).toBe(true);
    expect(canTransition('signed', 'in_force', 'calendar')).toBe(true);
    expect(canTransition('draft', 'in_force', 'calendar')).toBe(false);
    expect(canTransition('in_force', 'terminated', 'calendar')).toBe(false);
    expect(allowedTransitions('in_force')).toEqual(['suspended', 'terminated']);
  });

  it('locks dates once signed', () => {
    expect(datesLocked('draft')).toBe(false);
    expect(datesLocked('negotiation')).toBe(false);
    expect(datesLocked('signed')).toBe(true);
    expect(datesLocked('suspended')).toBe(true);
  });
});
