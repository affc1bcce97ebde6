import { Inject, Injectable } from '@nestjs/common';
import { type Schema, SchemaTypes } from 'mongoose';
import { randomUUID } from 'node:crypto';
import {
  EVENT_CATALOG,
  createCloudEvent,
  type EloCloudEvent,
  type EventPayload,
  type EventType,
} from '@elo/contracts';
import { currentContext } from '@elo/observability';
import { OutboxRelay, type OutboxDocumentId } from './outbox-relay';
import { JETSTREAM_OPTIONS, type ResolvedJetStreamOptions } from './tuning';

export const OUTBOX_FIELD = 'outbox';

/** For the aggregate's schema: `@Prop(OUTBOX_PROP) outbox!: EloCloudEvent[];` */
export const OUTBOX_PROP = { type: [SchemaTypes.Mixed], default: [] };

/** The index the relay's "documents with pending events" query uses. */
export function indexOutbox(schema: Schema): void {
  schema.index({ [`${OUTBOX_FIELD}.id`]: 1 }, { sparse: true, name: 'outbox_pending' });
}

/** An insert that carries its events: `model.create(withOutbox(doc, [event]))`. */
export function withOutbox<D extends object>(
  doc: D,
  events: readonly EloCloudEvent[],
): D & { outbox: EloCloudEvent[] } {
  return { ...doc, outbox: [...events] };
}

/** An update that appends its events in the same write: `findOneAndUpdate(filter, pushOutbox(update, [event]))`. */
export function pushOutbox<U extends object>(
  update: U,
  events: readonly EloCloudEvent[],
): U & { $push: { outbox: { $each: EloCloudEvent[] } } } {
  const existing = (update as { $push?: Record<string, unknown> }).$push;
  return { ...update, $push: { ...existing, [OUTBOX_FIELD]: { $each: [...events] } } };
}

/** Builds this service's events (typed by the catalog) and wakes the relay after they are written. */
@Injectable()
export class Outbox {
  constructor(
    @Inject(JETSTREAM_OPTIONS) private readonly options: ResolvedJetStreamOptions,
    private readonly relay: OutboxRelay,
  ) {}

  /** A new event caused by the current request or event (correlation and causation from the context). */
  event<T extends EventType>(type: T, subject: string, data: EventPayload<T>): EloCloudEvent<T> {
    const producer = EVENT_CATALOG[type].producer;
    if (producer !== this.options.service) {
      throw new Error(`${this.options.service} cannot publish ${type}: its producer is ${producer}`);
    }
    const ctx = currentContext();
    const correlationId = ctx?.correlationId ?? randomUUID();
    return createCloudEvent(type, subject, data, {
      producer,
      correlationId,
      causationId: ctx?.causationId ?? correlationId,
    });
  }

  /**
   * Call once the write holding the events has succeeded: the relay publishes them now instead of at
   * its next poll. Naming the document (`{ collection: model.collection.name, id }`) lets the relay
   * fetch just that one instead of scanning the collection.
   */
  written(document?: { collection: string; id: OutboxDocumentId }): void {
    this.relay.wake(document);
  }
}
