import { connect, type NatsConnection } from '@nats-io/transport-node';
import { expectEventually, spawnNats, type TestNats } from '@elo/testing';
import { KvCounterStore } from './kv-counter-store';
import { LeasedCounterStore } from './leased-counter-store';
import { RateLimiter, type LimitPolicy } from './rate-limiter';

const policy: LimitPolicy = { name: 'api', quota: 20, windowSeconds: 3600 };
const silent = { warn: jest.fn(), log: jest.fn() };
// Windows are aligned to the clock: the limiters' clock runs in real time from just after a window
// starts, so no window ends in the middle of a test and resets a count under way.
const WINDOW_MS = policy.windowSeconds * 1000;
const CLOCK_OFFSET = Math.ceil(Date.now() / WINDOW_MS) * WINDOW_MS - Date.now();
const now = () => Date.now() + CLOCK_OFFSET;

describe('rate limits shared through NATS JetStream key-value', () => {
  let nats: TestNats;
  const connections: NatsConnection[] = [];

  /**
   * One gateway replica's limiter: its own NATS connection, the same bucket. The store's timeout is long
   * unless a test stops the store: a busy host must not turn a slow answer into a failover the test did
   * not ask for.
   */
  const replica = async (retryMs = 60_000, leaseSize?: number, timeoutMs = 5_000) => {
    const nc = await connect({ servers: nats.url, maxReconnectAttempts: -1, reconnectTimeWait: 50 });
    connections.push(nc);
    const failures = { count: 0, inc: () => void failures.count++ };
    const kv = new KvCounterStore(nc, { bucket: 'rate-test', ttlMs: 7_200_000, timeoutMs });
    const limiter = new RateLimiter({
      shared: leaseSize ? new LeasedCounterStore(kv, leaseSize) : kv,
      retryMs,
      logger: silent,
      storeFailures: failures,
      now,
    });
    return { limiter, failures };
  };

  beforeAll(async () => {
    nats = await spawnNats();
  });

  afterAll(async () => {
    await Promise.all(connections.map((nc) => nc.close()));
    await nats?.stop();
  });

  it('counts hits from two replicas together, and refuses past the quota on either', async () => {
    const [a, b] = [await replica(), await replica()];
    for (let i = 1; i <= policy.quota; i++) {
      const state = await (i % 2 ? a : b).limiter.add(policy, 'client-shared');
      expect([state.count, state.remaining, state.exceeded]).toEqual([i, policy.quota - i, false]);
    }
    expect((await a.limiter.add(policy, 'client-shared')).exceeded).toBe(true);
    expect((await b.limiter.add(policy, 'client-shared')).exceeded).toBe(true);
    // Another client has its own counter.
    expect((await b.limiter.add(policy, 'client-other')).count).toBe(1);
    expect(a.failures.count + b.failures.count).toBe(0);
  });

  it('loses no count when both replicas hit the same counter at once', async () => {
    const [a, b] = [await replica(), await replica()];
    const hits = Array.from({ length: 60 }, (_, i) => (i % 2 ? a : b).limiter.add(policy, 'client-race'));
    const counts = (await Promise.all(hits)).map((s) => s.count).sort((x, y) => x - y);
    expect(counts).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect((await a.limiter.add(policy, 'client-race', 0)).count).toBe(60);
  });

  it('admits no more than the quota when replicas take their counts in leases', async () => {
    const [a, b] = [await replica(60_000, 3), await replica(60_000, 3)];
    const hits = Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).limiter.add(policy, 'client-leased'));
    const states = await Promise.all(hits);
    expect(new Set(states.map((s) => s.count)).size).toBe(40);
    const admitted = states.filter((s) => !s.exceeded).length;
    expect(admitted).toBeLessThanOrEqual(policy.quota);
    expect(admitted).toBeGreaterThanOrEqual(policy.quota - 2 * 2);
    // The shared counter holds whole leases: 40 hits of 3-hit leases on two replicas.
    const total = (await a.limiter.add(policy, 'client-leased', 0)).count;
    expect(total).toBeGreaterThanOrEqual(40);
    expect(total).toBeLessThanOrEqual(40 + 2 * 2);
  });

  it('gives a count back', async () => {
    const { limiter } = await replica();
    await limiter.add(policy, 'client-release');
    await limiter.add(policy, 'client-release');
    expect((await limiter.add(policy, 'client-release', -1)).count).toBe(1);
  });

  it('keeps limiting in each replica while the store is down, and shares again once it is back', async () => {
    // The hit before the outage goes through a replica with the long timeout: with 300 ms, a slow answer
    // would fail this replica over before the store is even down.
    const before = await replica();
    await before.limiter.add(policy, 'client-outage');
    expect(before.failures.count).toBe(0);
    const { limiter, failures } = await replica(200, undefined, 300);
    await nats.kill();
    try {
      const states = [];
      for (let i = 0; i <= policy.quota; i++) states.push(await limiter.add(policy, 'client-outage'));
      expect(failures.count).toBeGreaterThan(0);
      expect(limiter.usingSharedStore).toBe(false);
      // Counted locally from zero: the quota still holds within this replica.
      expect(states.map((s) => s.exceeded)).toEqual([...Array<boolean>(policy.quota).fill(false), true]);
      expect(silent.warn).toHaveBeenCalledWith(
        expect.objectContaining({ msg: 'rate-limit store unreachable: counting in this replica only' }),
      );
    } finally {
      await nats.restart();
    }
    // Back on the shared counter, which kept the hit made before the outage.
    await expectEventually(
      async () => {
        const state = await limiter.add(policy, 'client-outage', 0);
        expect(limiter.usingSharedStore).toBe(true);
        expect(state.count).toBe(1);
      },
      { timeoutMs: 20_000 },
    );
  });
});
