import type { Caller } from '@elo/contracts';
import { VerifiedTokens } from './verified-tokens';

const caller: Caller = { clientId: 'elo_abc', institutionId: '665f1c2e9b1e8a0012345678', roles: ['agency'] };

describe('VerifiedTokens', () => {
  it('knows a token only from its verification until the moment it stops being acceptable', () => {
    const tokens = new VerifiedTokens();
    expect(tokens.get('t1', 1_000)).toBeUndefined();
    tokens.remember('t1', caller, 5_000);
    expect(tokens.get('t1', 4_999)).toEqual(caller);
    expect(tokens.get('t1x', 4_999)).toBeUndefined();
    expect(tokens.get('t1', 5_000)).toBeUndefined();
    expect([tokens.get('t1', 1_000), tokens.size]).toEqual([undefined, 0]);
  });

  it('hands out copies: a change to one answer does not reach the next', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('t1', caller, 5_000);
    tokens.get('t1', 1_000)?.roles.push('admin');
    expect(tokens.get('t1', 1_000)?.roles).toEqual(['agency']);
  });

  it('keeps at most its capacity, forgetting the oldest first', () => {
    const tokens = new VerifiedTokens(2);
    for (const token of ['a', 'b', 'c']) tokens.remember(token, caller, 5_000);
    expect(['a', 'b', 'c'].map((t) => tokens.get(t, 1_000) !== undefined)).toEqual([false, true, true]);
    expect(tokens.size).toBe(2);
  });
});
