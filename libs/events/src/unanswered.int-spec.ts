import { expectEventually } from '@elo/testing';
import { startBackboneFixture, type BackboneFixture } from './test-fixtures/backbone-fixture';
import { institutionCreated } from './test-fixtures/harness';

// The gap only a real server shows: the process dies on the last delivery, so no code of ours sees the
// failure; JetStream stops delivering and publishes a MAX_DELIVERIES advisory, which must become a dead letter.
describe('the last delivery that never answers (the consumer process dies on it)', () => {
  let fx: BackboneFixture;

  const startChild = () =>
    fx.spawnConsumer({
      FIXTURE_KILLABLE: '1',
      ELO_EVENTS_BACKOFF_MS: '200,400,800',
      ELO_EVENTS_MAX_DELIVER: '4',
      // Long enough that a live process stalled by a loaded machine is not redelivered to while it works:
      // DIE4 counts the handler's runs, and a redelivery beside a run would make it die on the wrong one.
      ELO_EVENTS_ACK_WAIT_MS: '5000',
    });

  beforeAll(async () => {
    fx = await startBackboneFixture('unanswered');
  }, 60_000);

  afterAll(async () => {
    await fx?.stop();
  });

  it('dead-letters the event from the MAX_DELIVERIES advisory once a replica is back', async () => {
    const first = await startChild();
    const died = new Promise<NodeJS.Signals | null>((r) => first.once('exit', (_code, signal) => r(signal)));
    // Fails on deliveries 1-3 (nak with backoff), kills its process on the 4th and last.
    const doomed = institutionCreated('DIE4');
    await fx.js.publish(doomed);
    expect(await died).toBe('SIGKILL');
    const attempts = fx.db.collection<{ _id: string; n: number }>('fixture_attempts');
    expect(await attempts.findOne({ _id: doomed.id })).toMatchObject({ n: 4 });
    expect(await fx.db.collection('dead_letters').countDocuments({ eventId: doomed.id })).toBe(0);

    // On nats-server 2.9 the advisory may already be out (the dead process's open pull triggers it once the
    // ack wait passes) or come with the new process's first pull; the advisory stream keeps it either way.
    await startChild();
    const letter = await expectEventually(
      async () => {
        const found = await fx.db.collection('dead_letters').findOne({ eventId: doomed.id });
        expect(found).toMatchObject({
          handler: 'fixture-tally',
          consumer: 'plan-tracking__fixture-tally',
          reason: 'no_answer',
          deliveryCount: 4,
          eventType: 'institution.created',
          event: { id: doomed.id, data: { acronym: 'DIE4' } },
        });
        return found!;
      },
      { timeoutMs: 20_000 },
    );
    expect(letter['error']).toMatch(/No answer to delivery 4 of 4/);
    // JetStream gave up on it: the handler never ran a 5th time.
    expect(await attempts.findOne({ _id: doomed.id })).toMatchObject({ n: 4 });
  }, 60_000);
});
