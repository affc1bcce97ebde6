import type { INestApplicationContext } from '@nestjs/common';
import { DomainError, deadLetterId, type Caller } from '@elo/contracts';
import { expectEventually } from '@elo/testing';
import { DeadLetterAudit } from './dead-letter.audit';
import { DeadLetterService } from './dead-letter.service';
import { startBackboneFixture, type BackboneFixture } from './test-fixtures/backbone-fixture';
import { institutionCreated } from './test-fixtures/harness';
import type { TallyRow } from './test-fixtures/tally.handler';

const DAY_MS = 86_400_000;

const admin: Caller = { clientId: 'ops-admin', institutionId: 'system', roles: ['admin'] };

describe('JetStream consumers (real NATS, real MongoDB wire protocol)', () => {
  let fx: BackboneFixture;
  let consumer: INestApplicationContext | undefined;

  const startConsumer = async () => {
    consumer = await fx.startConsumer();
    return consumer;
  };

  beforeAll(async () => {
    fx = await startBackboneFixture('events');
  }, 60_000);

  afterEach(async () => {
    await consumer?.close();
    consumer = undefined;
  });

  afterAll(async () => {
    await fx?.stop();
  });

  it('handles an event published while its consumer was stopped, once it starts', async () => {
    await (await startConsumer()).close(); // the durable now exists; the service is down
    consumer = undefined;
    const event = institutionCreated('OFFLINE');
    await fx.js.publish(event);

    await startConsumer();
    await expectEventually(async () =>
      expect(await fx.tally(event.subject)).toMatchObject({ count: 1, applied: [event.id] }),
    );
  });

  it('moves the processed-id TTL index to a changed setting at the next boot', async () => {
    const ttlOf = async () =>
      (await fx.db.collection('processed_events').indexes()).find((i) => i.name === 'processed_ttl')
        ?.expireAfterSeconds;
    await (await fx.startConsumer({ processedTtlMs: 40 * DAY_MS })).close();
    expect(await ttlOf()).toBe(40 * 86_400);
    consumer = await fx.startConsumer({ processedTtlMs: 50 * DAY_MS });
    expect(await ttlOf()).toBe(50 * 86_400);
  });

  it('keeps one message in the stream when the same event id is published twice', async () => {
    const event = institutionCreated('TWICE');
    const first = await fx.js.publish(event);
    const second = await fx.js.publish(event);
    expect(first.duplicate).toBe(false);
    expect(second.duplicate).toBe(true);
    expect((await fx.js.countInStream([event.id])).get(event.id)).toBe(1);
  });

  it('has no second effect when an event is redelivered (published again past dedupe)', async () => {
    await startConsumer();
    const event = institutionCreated('AGAIN');
    await fx.js.publish(event);
    await expectEventually(async () => expect(await fx.tally(event.subject)).toMatchObject({ count: 1 }));
    // A new Nats-Msg-Id defeats JetStream's window: only processed_events stands between it and a 2nd effect.
    await fx.js.publishRaw(JSON.stringify(event));
    const marker = institutionCreated('AFTER-AGAIN');
    await fx.js.publish(marker);
    await expectEventually(async () => expect(await fx.tally(marker.subject)).toMatchObject({ count: 1 }));
    expect(await fx.tally(event.subject)).toMatchObject({ count: 1 });
    expect(await fx.attempts(event.id)).toBe(1);
  });

  it('lets two replicas share the durable: each event is handled once, not once per replica', async () => {
    await startConsumer();
    const replica = await fx.startConsumer();
    try {
      const events = Array.from({ length: 100 }, (_, i) => institutionCreated(`REPLICA-${i}`));
      for (const event of events) await fx.js.publish(event);
      await expectEventually(async () => {
        const rows = await fx.db
          .collection<TallyRow>('fixture_tallies')
          .find({ _id: { $in: events.map((e) => e.subject) } })
          .toArray();
        expect(rows.map((row) => row.count)).toEqual(events.map(() => 1));
      });
      const handled = await Promise.all(events.map((event) => fx.attempts(event.id)));
      expect(handled.filter((n) => n !== 1)).toEqual([]);
    } finally {
      await replica.close();
    }
  });

  it('dead-letters a poison event at once and goes on with later events', async () => {
    await startConsumer();
    const poison = institutionCreated('POISON');
    const { acronym: _dropped, ...data } = poison.data;
    await fx.js.publishRaw(JSON.stringify({ ...poison, data }));
    await fx.js.publishRaw('{ not json');
    const later = institutionCreated('LATER');
    await fx.js.publish(later);

    await expectEventually(async () => expect(await fx.tally(later.subject)).toMatchObject({ count: 1 }));
    await expectEventually(async () => {
      const letter = await fx.db.collection('dead_letters').findOne({ eventId: poison.id });
      expect(letter).toMatchObject({
        handler: 'fixture-tally',
        service: 'plan-tracking',
        consumer: 'plan-tracking__fixture-tally',
        reason: 'invalid_event',
        deliveryCount: 1,
        eventType: 'institution.created',
      });
      expect(letter?.['error']).toMatch(/acronym/);
      // Parked concurrently with the others (its own queue key): not ordered before `later`.
      expect(
        await fx.db.collection('dead_letters').countDocuments({ reason: 'invalid_event', error: /not JSON/ }),
      ).toBe(1);
    });
    expect(await fx.attempts(poison.id)).toBe(0);
  });

  it('retries a failing handler with backoff and never gives up on a transient error', async () => {
    await startConsumer();
    const flaky = institutionCreated('FLAKY2');
    await fx.js.publish(flaky);
    await expectEventually(async () => expect(await fx.tally(flaky.subject)).toMatchObject({ count: 1 }));
    expect(await fx.attempts(flaky.id)).toBe(3);
    expect(await fx.db.collection('dead_letters').countDocuments({ eventId: flaky.id })).toBe(0);
  });

  it('dead-letters after MaxDeliver with the error, delivery count and handler; replay and delete work', async () => {
    const app = await startConsumer();
    const failing = institutionCreated('FLAKY5');
    const later = institutionCreated('AFTER-FAILING');
    await fx.js.publish(failing);
    await fx.js.publish(later);
    await expectEventually(async () => expect(await fx.tally(later.subject)).toMatchObject({ count: 1 }));

    const letter = await expectEventually(
      async () => {
        const row = await fx.db.collection('dead_letters').findOne({ eventId: failing.id });
        expect(row).toMatchObject({ handler: 'fixture-tally', reason: 'max_deliver', deliveryCount: 4 });
        expect(row?.['error']).toMatch(/transient fixture failure 4/);
        return row!;
      },
      { timeoutMs: 15_000 },
    );
    expect(await fx.attempts(failing.id)).toBe(4);

    const deadLetters = app.get(DeadLetterService);
    const page = await deadLetters.list({ limit: 100 });
    const id = deadLetterId('plan-tracking', String(letter['_id']));
    expect(page.items.map((i) => i.id)).toContain(id);
    // Admins see the envelope and the error's first line: no payload, no stack trace.
    const listed = page.items.find((i) => i.id === id);
    expect(listed?.event).toEqual(expect.objectContaining({ id: failing.id, type: 'institution.created' }));
    expect(listed?.event).not.toHaveProperty('data');
    expect(listed?.error).not.toMatch(/\n|\bat /);

    // 5th attempt still fails: kept, with the new error; the 6th succeeds and removes it.
    await expect(deadLetters.replay(id, admin)).rejects.toMatchObject({ code: 'MESSAGING.REPLAY_FAILED' });
    expect(await fx.db.collection('dead_letters').findOne({ eventId: failing.id })).toMatchObject({
      error: expect.stringMatching(/failure 5/),
    });
    await expect(deadLetters.replay(id, admin)).resolves.toEqual({ id, replayed: true });
    expect(await fx.tally(failing.subject)).toMatchObject({ count: 1 });
    expect(await fx.db.collection('dead_letters').countDocuments({ eventId: failing.id })).toBe(0);
    // Replaying again is a 404: the letter is gone, and the event's effect stays single.
    await expect(deadLetters.replay(id, admin)).rejects.toBeInstanceOf(DomainError);
    await expect(deadLetters.delete(id, admin)).rejects.toMatchObject({
      code: 'MESSAGING.DEAD_LETTER_NOT_FOUND',
    });
    // Every admin action is on record: who, when, what, and how it ended.
    const audit = await app.get(DeadLetterAudit).recent();
    expect(audit.map((e) => `${e.action}:${e.outcome}:${e.by.clientId}`).reverse()).toEqual([
      'replay:failed:ops-admin',
      'replay:done:ops-admin',
      'replay:not_found:ops-admin',
      'delete:not_found:ops-admin',
    ]);
    expect(audit.find((e) => e.outcome === 'done')).toMatchObject({
      deadLetterId: id,
      eventId: failing.id,
      eventType: 'institution.created',
      at: expect.any(Date),
    });
  });

  it('deletes a dead letter', async () => {
    const app = await startConsumer();
    const failing = institutionCreated('FAIL-DELETE');
    await fx.js.publish(failing);
    const row = await expectEventually(
      async () => {
        const found = await fx.db.collection('dead_letters').findOne({ eventId: failing.id });
        expect(found).not.toBeNull();
        return found!;
      },
      { timeoutMs: 15_000 },
    );
    const id = deadLetterId('plan-tracking', String(row['_id']));
    await expect(app.get(DeadLetterService).delete(id, admin)).resolves.toEqual({ id, deleted: true });
    expect((await app.get(DeadLetterAudit).recent(1))[0]).toMatchObject({
      action: 'delete',
      outcome: 'done',
      deadLetterId: id,
      by: { clientId: admin.clientId, institutionId: admin.institutionId },
    });
    expect(await fx.db.collection('dead_letters').countDocuments({ eventId: failing.id })).toBe(0);
  });
});
