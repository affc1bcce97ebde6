import { Inject, Injectable, Logger } from '@nestjs/common';
import type { MaxDeliveriesAdvisory } from './advisories';
import { JETSTREAM_CONNECTION, type JetStreamConnection } from './connection';
import { DeadLetterStore } from './dead-letter.store';
import { decodeEvent } from './event-codec';
import { EventDispatcher, deadLetterInput, eventFields } from './event-dispatcher';
import { logEntry } from './event-log';
import type { HandlerBinding } from './handler-registry';
import { ProcessedEvents } from './processed-events';
import { JETSTREAM_OPTIONS, type ResolvedJetStreamOptions } from './tuning';

/** Turns a MAX_DELIVERIES advisory into a dead letter, unless the event was processed or already dead-lettered. */
@Injectable()
export class UnansweredEvents {
  private readonly logger = new Logger('MaxDeliveries');

  constructor(
    @Inject(JETSTREAM_CONNECTION) private readonly connection: JetStreamConnection,
    @Inject(JETSTREAM_OPTIONS) private readonly options: ResolvedJetStreamOptions,
    private readonly processed: ProcessedEvents,
    private readonly deadLetters: DeadLetterStore,
    private readonly dispatcher: EventDispatcher,
  ) {}

  async deadLetter(binding: HandlerBinding, advisory: MaxDeliveriesAdvisory): Promise<void> {
    const stored = await this.connection.jsm.streams
      .getMessage(advisory.stream, { seq: advisory.stream_seq })
      .catch((error: unknown) => {
        if (/no message found|not found/i.test(String(error))) return null;
        throw error;
      });
    if (!stored) {
      // Past the stream's max age, or purged: nothing left to keep.
      this.logger.error(
        logEntry('unanswered event is no longer in its stream', {
          handler: binding.name,
          streamSeq: advisory.stream_seq,
        }),
      );
      return;
    }
    const decoded = decodeEvent(stored.data, binding.type);
    const fields = { ...eventFields(binding, decoded), streamSeq: advisory.stream_seq };
    // The effect and its record happened; only the ack was lost.
    if (decoded.ok && (await this.processed.has(binding.name, decoded.event.id))) {
      this.logger.log(logEntry('unanswered event was already processed', fields));
      return;
    }
    const reason = decoded.ok ? 'no_answer' : 'invalid_event';
    const error = decoded.ok
      ? `No answer to delivery ${advisory.deliveries} of ${this.options.tuning.maxDeliver}: the process ` +
        'handling it died or hung, or could not store its dead letter, and JetStream stopped delivering ' +
        `(advisory ${advisory.id}).`
      : decoded.error;
    const written = await this.deadLetters.recordIfAbsent(
      deadLetterInput(binding, decoded, reason, error, advisory.deliveries),
    );
    if (!written) {
      // The consumer stored it itself (say its term was lost): its record keeps the handler's error.
      this.logger.log(logEntry('unanswered event was already dead-lettered', fields));
      return;
    }
    this.dispatcher.count(binding.name, 'dead_lettered');
    this.logger.error(
      logEntry('event dead-lettered', { ...fields, reason, deliveryCount: advisory.deliveries, error }),
    );
  }
}
