import type { INestApplicationContext } from '@nestjs/common';
import { streamName } from '@elo/contracts';
import { expectEventually } from '@elo/testing';
import { maxDeliveriesSubject } from './advisories';
import { startBackboneFixture, type BackboneFixture } from './test-fixtures/backbone-fixture';
import { captureLogs, institutionCreated } from './test-fixtures/harness';
import type { BackboneTuning } from './tuning';

const DURABLE = 'plan-tracking__fixture-tally';

describe('events that cannot succeed, handlers that never answer (real NATS and MongoDB wire protocol)', () => {
  let fx: BackboneFixture;
  let consumer: INestApplicationContext | undefined;
  let logs: Record<string, unknown>[] = [];

  const startConsumer = async (tuning: Partial<BackboneTuning> = {}) => {
    const capture = captureLogs('plan-tracking');
    logs = capture.lines;
    consumer = await fx.startConsumer(tuning, capture.logger);
    return consumer;
  };
  const deadLetter = (eventId: string) => fx.db.collection('dead_letters').findOne({ eventId });
  const logged = (msg: string, eventId: string) =>
    logs.filter((line) => JSON.stringify(line).includes(msg) && JSON.stringify(line).includes(eventId));
  /** What JetStream publishes when it stops delivering a message nobody answered. */
  const advise = (streamSeq: number) =>
    fx.js.connection.nc.publish(
      maxDeliveriesSubject(streamName('directory'), DURABLE),
      JSON.stringify({
        type: 'io.nats.jetstream.advisory.v1.max_deliver',
        id: `adv-${streamSeq}`,
        timestamp: new Date().toISOString(),
        stream: streamName('directory'),
        consumer: DURABLE,
        stream_seq: streamSeq,
        deliveries: 4,
      }),
    );

  beforeAll(async () => {
    fx = await startBackboneFixture('failures');
  }, 60_000);

  afterEach(async () => {
    await consumer?.close();
    consumer = undefined;
  });

  afterAll(async () => {
    await fx?.stop();
  });

  it('dead-letters a permanent error on its first delivery, terms it, and logs ids, not data', async () => {
    await startConsumer();
    const rejected = institutionCreated('PERMANENT-1');
    await fx.js.publish(rejected);
    const letter = await expectEventually(async () => {
      const found = await deadLetter(rejected.id);
      expect(found).toMatchObject({ reason: 'permanent_error', deliveryCount: 1, handler: 'fixture-tally' });
      return found!;
    });
    expect(letter['error']).toMatch(/FixtureRejection: fixture rejects this event for good/);
    // Nothing left for JetStream to redeliver: the message was termed, not left to MaxDeliver.
    await expectEventually(async () =>
      expect(await fx.js.connection.jsm.consumers.info(streamName('directory'), DURABLE)).toMatchObject({
        num_ack_pending: 0,
        num_redelivered: 0,
      }),
    );
    expect(await fx.attempts(rejected.id)).toBe(1);

    const [line, ...more] = logged('event dead-lettered', rejected.id);
    expect(more).toEqual([]);
    expect(line).toMatchObject({ level: 50, service: 'plan-tracking', context: 'EventDispatcher' });
    const text = JSON.stringify(line);
    for (const field of [
      'institution.created',
      'fixture-tally',
      'permanent_error',
      'FIXTURE.REJECTED',
      'deliveryCount',
    ])
      expect(text).toContain(field);
    expect(text).not.toContain('[object Object]');
    expect(text).not.toContain('PERMANENT-1'); // the payload's acronym and name stay out of the logs
  });

  it('fails a handler that never returns after the timeout, so its aggregate moves on', async () => {
    await startConsumer({ handlerTimeoutMs: 300 });
    const hung = institutionCreated('HANG-1');
    const next = institutionCreated('AFTER-HANG', hung.subject); // same aggregate, queued behind it
    await fx.js.publish(hung);
    await fx.js.publish(next);
    await expectEventually(async () =>
      expect(await fx.tally(hung.subject)).toMatchObject({ count: 1, applied: [next.id] }),
    );
    await expectEventually(
      async () =>
        expect(await deadLetter(hung.id)).toMatchObject({
          reason: 'max_deliver',
          deliveryCount: 4,
          error: expect.stringMatching(/did not finish within 300 ms/),
        }),
      { timeoutMs: 15_000 },
    );
    expect(await fx.attempts(hung.id)).toBe(4);
  });

  it('leaves a dead letter the consumer stored as it was when the MAX_DELIVERIES advisory comes too', async () => {
    await startConsumer();
    const failing = institutionCreated('FAIL-ADVISED');
    const ack = await fx.js.publish(failing);
    const stored = await expectEventually(
      async () => {
        const found = await deadLetter(failing.id);
        expect(found).toMatchObject({ reason: 'max_deliver', deliveryCount: 4 });
        return found!;
      },
      { timeoutMs: 15_000 },
    );
    advise(ack.seq);
    await expectEventually(async () => expect(logged('already dead-lettered', failing.id)).toHaveLength(1));
    expect(await deadLetter(failing.id)).toEqual(stored);
  });

  it('writes no dead letter when the advisory names an event the handler already processed', async () => {
    await startConsumer();
    const done = institutionCreated('DONE-ADVISED');
    const ack = await fx.js.publish(done);
    await expectEventually(async () => expect(await fx.tally(done.subject)).toMatchObject({ count: 1 }));
    await expectEventually(async () =>
      expect(await fx.db.collection('processed_events').countDocuments({ eventId: done.id })).toBe(1),
    );
    advise(ack.seq);
    await expectEventually(async () => expect(logged('already processed', done.id)).toHaveLength(1));
    expect(await deadLetter(done.id)).toBeNull();
  });
});
