import type { ChildProcess } from 'node:child_process';
import { expectEventually } from '@elo/testing';
import { startBackboneFixture, stopProcess, type BackboneFixture } from './test-fixtures/backbone-fixture';
import { institutionCreated } from './test-fixtures/harness';
import type { TallyRow } from './test-fixtures/tally.handler';

const EVENTS = 500;
// One event's first handling never ends, so the kill lands while it is mid-way, however slow the machine.
const HELD_AT = 100;

describe('a consumer process killed with SIGKILL in the middle of 500 events', () => {
  let fx: BackboneFixture;

  const startChild = (): Promise<ChildProcess> =>
    fx.spawnConsumer({
      FIXTURE_DELAY_MS: '20',
      ELO_EVENTS_BACKOFF_MS: '300,600,1200',
      ELO_EVENTS_MAX_DELIVER: '6',
      ELO_EVENTS_CONCURRENCY: '8',
      // What the killed process held comes back after the ack wait.
      ELO_EVENTS_ACK_WAIT_MS: '4000',
      // Only the kill ends the held handling: no handler timeout may end it first.
      ELO_EVENTS_HANDLER_TIMEOUT_MS: '3600000',
    });

  beforeAll(async () => {
    fx = await startBackboneFixture('crash');
  }, 60_000);

  afterAll(async () => {
    await fx?.stop();
  });

  it('gives every event its effect exactly once after a restart', async () => {
    const events = Array.from({ length: EVENTS }, (_, i) =>
      institutionCreated(i === HELD_AT ? `HOLD1-${i}` : `KILL-${i}`),
    );
    const held = events[HELD_AT];
    if (!held) throw new Error('no held event');
    const first = await startChild();
    for (const event of events) await fx.js.publish(event);

    const tallies = fx.db.collection<TallyRow>('fixture_tallies');
    const attempts = fx.db.collection<{ _id: string; n: number }>('fixture_attempts');
    await expectEventually(async () => expect(await attempts.findOne({ _id: held.id })).not.toBeNull(), {
      timeoutMs: 30_000,
      intervalMs: 10,
    });
    await stopProcess(first, 'SIGKILL');
    // The kill landed in the middle, with the held event’s handler started and its effect not written.
    expect(await tallies.countDocuments()).toBeLessThan(EVENTS);
    expect(await tallies.findOne({ _id: held.subject })).toBeNull();

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
    // The held event, and any other being handled when the process died, was delivered again.
    expect((await attempts.findOne({ _id: held.id }))?.n).toBeGreaterThanOrEqual(2);
    expect(await fx.db.collection('dead_letters').countDocuments()).toBe(0);
  }, 120_000);
});
