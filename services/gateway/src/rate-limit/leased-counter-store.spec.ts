import { LocalCounterStore, windowSlot, type CounterStore } from './counter-store';
import { LeasedCounterStore, leaseSizeFor } from './leased-counter-store';

/** The shared store as the KV one behaves, with its writes counted. */
function sharedStore(): CounterStore & { writes: number[] } {
  const local = new LocalCounterStore(() => 0);
  const writes: number[] = [];
  return {
    writes,
    add: (slot, delta) => {
      writes.push(delta);
      return local.add(slot, delta);
    },
  };
}

const slot = windowSlot('api', 'elo_client', 60_000, 0);

describe('LeasedCounterStore', () => {
  it('numbers hits 1, 2, 3… with one shared write per lease', async () => {
    const shared = sharedStore();
    const store = new LeasedCounterStore(shared, 10, () => 0);
    const counts: number[] = [];
    for (let i = 0; i < 25; i++) counts.push(await store.add(slot, 1));
    expect(counts).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(shared.writes).toEqual([10, 10, 10]);
  });

  it('gives concurrent hits distinct counts while one reservation is in flight', async () => {
    const shared = sharedStore();
    const store = new LeasedCounterStore(shared, 8, () => 0);
    const counts = await Promise.all(Array.from({ length: 30 }, () => store.add(slot, 1)));
    expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(shared.writes).toEqual([8, 8, 8, 8]);
  });

  it('lets replicas together admit no more than the quota', async () => {
    const shared = sharedStore();
    const quota = 100;
    const replicas = [0, 1, 2].map(() => new LeasedCounterStore(shared, 7, () => 0));
    const counts = await Promise.all(
      Array.from({ length: 150 }, (_, i) => replicas[i % 3]?.add(slot, 1) ?? Promise.resolve(0)),
    );
    const admitted = counts.filter((count) => count <= quota);
    expect(new Set(counts).size).toBe(150);
    expect(admitted.length).toBeLessThanOrEqual(quota);
    // What replicas reserved and left unused: at most size - 1 each.
    expect(admitted.length).toBeGreaterThanOrEqual(quota - 3 * 6);
  });

  it('sends other deltas straight to the shared store and starts a new lease in a new window', async () => {
    const shared = sharedStore();
    let now = 0;
    const store = new LeasedCounterStore(shared, 5, () => now);
    await store.add(slot, 1);
    await expect(store.add(slot, -1)).resolves.toBe(4);
    now = 60_000;
    const next = windowSlot('api', 'elo_client', 60_000, now);
    await expect(store.add(next, 1)).resolves.toBe(1);
    expect(shared.writes).toEqual([5, -1, 5]);
  });

  it('fails as the shared store fails, so the limiter can fall back, and reserves again after', async () => {
    let fail = true;
    const local = new LocalCounterStore(() => 0);
    const store = new LeasedCounterStore(
      { add: (s, d) => (fail ? Promise.reject(new Error('store down')) : local.add(s, d)) },
      4,
      () => 0,
    );
    await expect(store.add(slot, 1)).rejects.toThrow('store down');
    fail = false;
    await expect(store.add(slot, 1)).resolves.toBe(1);
  });

  it('leases about 1 % of the quota, from 1 to 50 hits', () => {
    expect([1, 99, 600, 10_000, 1_000_000].map(leaseSizeFor)).toEqual([1, 1, 6, 50, 50]);
    expect(() => new LeasedCounterStore(sharedStore(), 0)).toThrow();
  });
});
