import { ReplayCache } from './replay-cache';

describe('ReplayCache', () => {
  it('accepts an id once until it expires, then forgets it', () => {
    const cache = new ReplayCache();
    expect(cache.remember('a', 2_000, 1_000)).toBe(true);
    expect(cache.remember('a', 2_000, 1_500)).toBe(false);
    expect(cache.remember('b', 3_000, 2_500)).toBe(true);
    expect(cache.size).toBe(1);
  });

  it('refuses new ids when full of live ones instead of forgetting one', () => {
    const cache = new ReplayCache(2);
    expect(cache.remember('a', 10_000, 0)).toBe(true);
    expect(cache.remember('b', 10_000, 0)).toBe(true);
    expect(cache.remember('c', 10_000, 0)).toBe(false);
    expect(cache.remember('a', 10_000, 1)).toBe(false);
    expect(cache.remember('c', 20_000, 10_000)).toBe(true);
  });
});
