import { Logger } from '@nestjs/common';
import type { JsMsg } from '@nats-io/jetstream';
import type { DeadLetterInput, DeadLetterStore } from './dead-letter.store';
import { decodeEvent, encodeEvent } from './event-codec';
import { EventDispatcher } from './event-dispatcher';
import type { HandlerBinding } from './handler-registry';
import { PermanentEventError } from './permanent-event-error';
import type { ProcessedEvents } from './processed-events';
import { TEST_TUNING, captureLogs, institutionCreated } from './test-fixtures/harness';

class Rejected extends PermanentEventError {}

describe('EventDispatcher: how a delivery ends', () => {
  const calls: string[] = [];
  const letters: DeadLetterInput[] = [];
  const { lines: logs, logger } = captureLogs('plan-tracking');
  let storeFails = false;
  const store = {
    record: async (input: DeadLetterInput) => {
      calls.push('store');
      if (storeFails) throw new Error('database down');
      letters.push(input);
    },
  } as unknown as DeadLetterStore;
  const processed = { has: async () => false, record: async () => undefined } as unknown as ProcessedEvents;
  const dispatcher = new EventDispatcher(processed, store, {
    service: 'plan-tracking',
    servers: [],
    outboxCollections: [],
    tuning: { ...TEST_TUNING, handlerTimeoutMs: 50 },
  });
  const event = institutionCreated('SECRET-ACRONYM');
  const decoded = decodeEvent(encodeEvent(event).body, 'institution.created');

  const binding = (handler: () => Promise<unknown>): HandlerBinding => ({
    type: 'institution.created',
    name: 'fixture-tally',
    consumer: { stream: 'ELO_DIRECTORY', config: { durable_name: 'plan-tracking__fixture-tally' } },
    invoke: handler,
  });
  const delivery = (deliveryCount: number) =>
    ({
      info: { deliveryCount },
      ack: () => calls.push('ack'),
      nak: (delay?: number) => calls.push(`nak ${delay}`),
      // With a reason, nats-server 2.9 does not recognise the term and redelivers.
      term: (reason?: string) => calls.push(reason === undefined ? 'term' : `term ${reason}`),
    }) as unknown as JsMsg;

  beforeAll(() => {
    Logger.overrideLogger(logger);
  });

  beforeEach(() => {
    calls.length = 0;
    letters.length = 0;
    logs.length = 0;
    storeFails = false;
  });

  it('dead-letters a permanent error on the first delivery, storing it before terming', async () => {
    const outcome = await dispatcher.process(
      binding(() => Promise.reject(new Rejected('never', { code: 'X.NO' }))),
      delivery(1),
      decoded,
    );
    expect(outcome).toBe('dead_lettered');
    expect(calls).toEqual(['store', 'term']);
    expect(letters[0]).toMatchObject({ reason: 'permanent_error', deliveryCount: 1, eventId: event.id });
    expect(letters[0]?.error).toMatch(/Rejected: never/);
  });

  it('naks an ordinary error with the delivery’s backoff, never terms it before MaxDeliver', async () => {
    const failing = binding(() => Promise.reject(new Error('flaky')));
    for (const n of [1, 2, 3])
      await expect(dispatcher.process(failing, delivery(n), decoded)).resolves.toBe('retried');
    expect(calls).toEqual(['nak 200', 'nak 400', 'nak 800']);
    await expect(dispatcher.process(failing, delivery(4), decoded)).resolves.toBe('dead_lettered');
    expect(calls.slice(3)).toEqual(['store', 'term']);
    expect(letters[0]).toMatchObject({ reason: 'max_deliver', deliveryCount: 4 });
  });

  it('keeps a permanent failure for later when its dead letter cannot be stored', async () => {
    storeFails = true;
    const outcome = await dispatcher.process(
      binding(() => Promise.reject(new Rejected('never'))),
      delivery(1),
      decoded,
    );
    expect(outcome).toBe('retried');
    expect(calls).toEqual(['store', 'nak 200']);
  });

  it('counts a handler that never returns as a failed delivery once the timeout passes', async () => {
    const hung = binding(() => new Promise(() => undefined));
    await expect(dispatcher.process(hung, delivery(1), decoded)).resolves.toBe('retried');
    expect(calls).toEqual(['nak 200']);
    expect(logs[0]).toMatchObject({ level: 40, errorName: 'HandlerTimeoutError' });
  });

  it('logs the giving up with ids, type, handler, count and error code, never the payload', async () => {
    await dispatcher.process(
      binding(() => Promise.reject(new Rejected('never', { code: 'X.NO' }))),
      delivery(1),
      decoded,
    );
    const line = logs.find((l) => l['level'] === 50);
    const text = JSON.stringify(line);
    expect(text).not.toContain('[object Object]');
    for (const value of [
      event.id,
      'institution.created',
      'fixture-tally',
      'deliveryCount',
      'permanent_error',
      'X.NO',
    ])
      expect(text).toContain(value);
    expect(text).not.toContain('SECRET-ACRONYM');
    expect(text).not.toContain(event.data.name);
  });
});
