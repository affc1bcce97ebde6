import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import type { JsMsg } from '@nats-io/jetstream';
import { Counter, type Registry } from 'prom-client';
import type { DeadLetterReason, EloCloudEvent, EventType } from '@elo/contracts';
import { METRICS_REGISTRY, runWithContext } from '@elo/observability';
import { DeadLetterStore, type DeadLetterInput } from './dead-letter.store';
import type { DecodedEvent } from './event-codec';
import { errorFields, logEntry } from './event-log';
import type { HandlerBinding } from './handler-registry';
import { HandlerTimeoutError, PermanentEventError, withTimeout } from './permanent-event-error';
import { ProcessedEvents } from './processed-events';
import { JETSTREAM_OPTIONS, backoffDelay, type ResolvedJetStreamOptions } from './tuning';

export type Outcome = 'handled' | 'duplicate' | 'retried' | 'dead_lettered';

/** What happens to one delivered message: validate, skip if seen, run, record, then ack, nak or dead-letter. */
@Injectable()
export class EventDispatcher {
  private readonly logger = new Logger('EventDispatcher');
  private readonly outcomes: Counter<'handler' | 'outcome'> | undefined;

  constructor(
    private readonly processed: ProcessedEvents,
    private readonly deadLetters: DeadLetterStore,
    @Inject(JETSTREAM_OPTIONS) private readonly options: ResolvedJetStreamOptions,
    @Optional() @Inject(METRICS_REGISTRY) registry?: Registry,
  ) {
    this.outcomes = registry
      ? new Counter({
          name: 'events_consumed_total',
          help: 'Delivered events by handler and outcome',
          labelNames: ['handler', 'outcome'] as const,
          registers: [registry],
        })
      : undefined;
  }

  async process(binding: HandlerBinding, msg: JsMsg, decoded: DecodedEvent<EventType>): Promise<Outcome> {
    const outcome = await this.settle(binding, msg, decoded);
    this.count(binding.name, outcome);
    return outcome;
  }

  count(handler: string, outcome: Outcome): void {
    this.outcomes?.inc({ handler, outcome });
  }

  /** Runs the handler unless it already processed this event, then records it: the part replay shares. */
  async execute(binding: HandlerBinding, event: EloCloudEvent): Promise<'handled' | 'duplicate'> {
    if (await this.processed.has(binding.name, event.id)) return 'duplicate';
    await runWithContext({ correlationId: event.correlationid, causationId: event.id }, () =>
      binding.invoke(event),
    );
    await this.processed.record(binding.name, event.id);
    return 'handled';
  }

  private async settle(
    binding: HandlerBinding,
    msg: JsMsg,
    decoded: DecodedEvent<EventType>,
  ): Promise<Outcome> {
    // A poison event never gets better: park it now and let the consumer move on.
    if (!decoded.ok) return this.deadLetter(binding, msg, decoded, 'invalid_event', decoded.error);
    const timeoutMs = this.options.tuning.handlerTimeoutMs;
    try {
      // A hung handler would hold its aggregate's queue (and the message) forever.
      const result = await withTimeout(
        this.execute(binding, decoded.event),
        timeoutMs,
        () => new HandlerTimeoutError(binding.name, timeoutMs),
      );
      msg.ack();
      return result;
    } catch (error) {
      if (error instanceof PermanentEventError) {
        return this.deadLetter(binding, msg, decoded, 'permanent_error', error);
      }
      const deliveryCount = msg.info.deliveryCount;
      if (deliveryCount >= this.options.tuning.maxDeliver) {
        return this.deadLetter(binding, msg, decoded, 'max_deliver', error);
      }
      const delay = backoffDelay(this.options.tuning, deliveryCount);
      this.logger.warn(
        logEntry('handler failed, will retry', {
          ...eventFields(binding, decoded),
          deliveryCount,
          delayMs: delay,
          ...errorFields(error),
        }),
      );
      msg.nak(delay);
      return 'retried';
    }
  }

  /** Stores the dead letter, then terms the message; if the store fails, naks so the event is not lost. */
  private async deadLetter(
    binding: HandlerBinding,
    msg: JsMsg,
    decoded: DecodedEvent<EventType>,
    reason: DeadLetterReason,
    error: unknown,
  ): Promise<Outcome> {
    const deliveryCount = msg.info.deliveryCount;
    const fields = { ...eventFields(binding, decoded), reason, deliveryCount, ...errorFields(error) };
    try {
      await this.deadLetters.record(
        deadLetterInput(binding, decoded, reason, describeError(error), deliveryCount),
      );
    } catch (storeError) {
      // On the last delivery JetStream will not redeliver: its MAX_DELIVERIES advisory then reaches the
      // unanswered-event path, which stores the letter (without this handler's error).
      const last = deliveryCount >= this.options.tuning.maxDeliver;
      this.logger.error(
        logEntry(
          last
            ? 'could not store dead letter on the last delivery, the max-deliveries watcher will'
            : 'could not store dead letter, will retry',
          { ...fields, storeError: errorFields(storeError).error },
        ),
      );
      msg.nak(backoffDelay(this.options.tuning, deliveryCount));
      return 'retried';
    }
    msg.term(); // no reason: nats-server 2.9 ignores a `+TERM <reason>` and redelivers
    const entry = logEntry('event dead-lettered', fields);
    if (reason === 'invalid_event') this.logger.warn(entry);
    else this.logger.error(entry);
    return 'dead_lettered';
  }
}

/** How logs name an event: ids and type, never its data. */
export function eventFields(
  binding: HandlerBinding,
  decoded: DecodedEvent<EventType>,
): { handler: string; eventId: string; eventType: string; subject?: string; correlationId?: string } {
  return decoded.ok
    ? {
        handler: binding.name,
        eventId: decoded.event.id,
        eventType: decoded.event.type,
        subject: decoded.event.subject,
        correlationId: decoded.event.correlationid,
      }
    : { handler: binding.name, eventId: decoded.eventId, eventType: decoded.eventType };
}

/** The dead letter for one event and handler, whichever path parks it. */
export function deadLetterInput(
  binding: HandlerBinding,
  decoded: DecodedEvent<EventType>,
  reason: DeadLetterReason,
  error: string,
  deliveryCount: number,
): DeadLetterInput {
  const { eventId, eventType } = eventFields(binding, decoded);
  return {
    handler: binding.name,
    consumer: binding.consumer.config.durable_name,
    reason,
    event: decoded.ok ? { ...decoded.event } : decoded.raw,
    eventId,
    eventType,
    error,
    deliveryCount,
  };
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return typeof error === 'string' ? error : JSON.stringify(error);
}
