import type { ChildProcess } from 'node:child_process';
import { expectEventually } from '@elo/testing';
import { startBackboneFixture, stopProcess, type BackboneFixture } from './test-fixtures/backbone-fixture';
import { institutionCreated } from './test-fixtures/harness';
import type { TallyRow } from './test-fixtures/tally.handler';

const EVENTS = 500;

describe('a consumer process killed with SIGKILL in the middle of 500 events', () => {
  let fx: BackboneFixture;

  const startChild = (): Promise<ChildProcess> =>
    fx.spawnConsumer({
      FIXTURE_DELAY_MS: '20',
      ELO_EVENTS_BACKOFF_MS: '300,600,1200',
      ELO_EVENTS_MAX_DELIVER: '6',
      ELO_EVENTS_CONCURRENCY: '8',
      // What the killed process held comes back after the ack wait.
      ELO_EVENTS_ACK_WAIT_MS: '2000',
    });

  beforeAll(async () => {
    fx = await startBackboneFixture('crash');
  }, 60_000);

  afterAll(async () => {
    await fx?.stop();
  });

  it('gives every event its effect exactly once after a restart', async () => {
    const events = Array.from({ length: EVENTS }, (_, i) => institutionCreated(`KILL-${i}`));
    const first = await startChild();
    for (const event of events) await fx.js.publish(event);

    const tallies = fx.db.collection<TallyRow>('fixture_tallies');
    await expectEventually(async () => expect(await tallies.countDocuments()).toBeGreaterThanOrEqual(50), {
      timeoutMs: 30_000,
      intervalMs: 10,
    });
    await stopProcess(first, 'SIGKILL');
    const atKill = await tallies.countDocuments();
    expect(atKill).toBeLessThan(EVENTS); // the kill landed in the middle

    await startChild();
    await expectEventually(async () => expect(await tallies.countDocuments()).toBe(EVENTS), {
      timeoutMs: 60_000,
    });
    const rows = await tallies.find().toArray();
    expect(rows.filter((row) => row.count !== 1)).toEqual([]);
    expect(new Set(rows.map((row) => row._id))).toEqual(new Set(events.map((e) => e.subject)));
    await expectEventually(async () =>
      expect(await fx.db.collection('processed_events').countDocuments({ handler: 'fixture-tally' })).toBe(
        EVENTS,
      ),
    );
    // Some events were being handled when the process died, and were delivered again.
    const attempts = await fx.db
      .collection<{ n: number }>('fixture_attempts')
      .aggregate<{ total: number }>([{ $group: { _id: null, total: { $sum: '$n' } } }])
      .toArray();
    expect(attempts[0]?.total).toBeGreaterThan(EVENTS);
    expect(await fx.db.collection('dead_letters').countDocuments()).toBe(0);
  }, 120_000);
});
