import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import type { JsMsg } from '@nats-io/jetstream';
import { Counter, type Registry } from 'prom-client';
import type { EloCloudEvent, EventType } from '@elo/contracts';
import { METRICS_REGISTRY, runWithContext } from '@elo/observability';
import { DeadLetterStore } from './dead-letter.store';
import type { DecodedEvent } from './event-codec';
import type { HandlerBinding } from './handler-registry';
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
    this.outcomes?.inc({ handler: binding.name, outcome });
    return outcome;
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
    const deliveryCount = msg.info.deliveryCount;
    try {
      if (!decoded.ok) {
        // A poison event never gets better: park it now and let the consumer move on.
        this.logger.warn({
          msg: 'invalid event dead-lettered',
          handler: binding.name,
          eventId: decoded.eventId,
          error: decoded.error,
        });
        await this.deadLetters.record({
          handler: binding.name,
          consumer: binding.consumer.config.durable_name,
          reason: 'invalid_event',
          event: decoded.raw,
          eventId: decoded.eventId,
          eventType: decoded.eventType,
          error: decoded.error,
          deliveryCount,
        });
        msg.ack();
        return 'dead_lettered';
      }
      const result = await this.execute(binding, decoded.event);
      msg.ack();
      return result;
    } catch (error) {
      return this.fail(binding, msg, decoded, deliveryCount, error);
    }
  }

  private async fail(
    binding: HandlerBinding,
    msg: JsMsg,
    decoded: DecodedEvent<EventType>,
    deliveryCount: number,
    error: unknown,
  ): Promise<Outcome> {
    const message = describeError(error);
    const eventId = decoded.ok ? decoded.event.id : decoded.eventId;
    if (deliveryCount < this.options.tuning.maxDeliver) {
      const delay = backoffDelay(this.options.tuning, deliveryCount);
      this.logger.warn({
        msg: 'handler failed, will retry',
        handler: binding.name,
        eventId,
        deliveryCount,
        delay,
        error: message,
      });
      msg.nak(delay);
      return 'retried';
    }
    try {
      await this.deadLetters.record({
        handler: binding.name,
        consumer: binding.consumer.config.durable_name,
        reason: 'max_deliver',
        event: decoded.ok ? { ...decoded.event } : decoded.raw,
        eventId,
        eventType: decoded.ok ? decoded.event.type : decoded.eventType,
        error: message,
        deliveryCount,
      });
      this.logger.error({
        msg: 'handler gave up, event dead-lettered',
        handler: binding.name,
        eventId,
        deliveryCount,
        error: message,
      });
      msg.ack();
      return 'dead_lettered';
    } catch (storeError) {
      this.logger.error({
        msg: 'could not store dead letter',
        handler: binding.name,
        eventId,
        error: describeError(storeError),
      });
      msg.nak(backoffDelay(this.options.tuning, deliveryCount));
      return 'retried';
    }
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return typeof error === 'string' ? error : JSON.stringify(error);
}
