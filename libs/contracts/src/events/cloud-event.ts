import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ServiceName } from '../services';
import { EVENT_CATALOG, type EventPayload, type EventType } from './event-catalog';
import { eventSource } from './naming';

/**
 * A CloudEvents 1.0 event in structured mode (the whole envelope is the JSON message body),
 * with the correlationid and causationid extension attributes.
 */
export interface EloCloudEvent<T extends EventType = EventType> {
  specversion: '1.0';
  id: string;
  /** `/elo/<service>`: the producer. */
  source: string;
  type: T;
  /** The aggregate the event is about (e.g. the institution id). */
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  correlationid: string;
  causationid: string;
  data: EventPayload<T>;
}

export interface EventOrigin {
  producer: ServiceName;
  correlationId: string;
  /** The id of the request or event that caused this one; defaults to the correlation id. */
  causationId?: string;
}

export function createCloudEvent<T extends EventType>(
  type: T,
  subject: string,
  data: EventPayload<T>,
  origin: EventOrigin,
): EloCloudEvent<T> {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: eventSource(origin.producer),
    type,
    subject,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    correlationid: origin.correlationId,
    causationid: origin.causationId ?? origin.correlationId,
    data,
  };
}

/** The envelope attributes every Elo event must carry (stricter than CloudEvents' required set). */
export const cloudEventAttributesSchema = z.object({
  specversion: z.literal('1.0'),
  id: z.string().min(1).max(128),
  source: z.string().regex(/^\/elo\/[a-z-]+$/, 'must be /elo/<service>'),
  type: z.string().min(1),
  subject: z.string().min(1).max(256),
  time: z.iso.datetime({ offset: true }),
  datacontenttype: z.literal('application/json'),
  correlationid: z.string().min(1).max(128),
  causationid: z.string().min(1).max(128),
});

/** The whole event of one type: envelope plus that type's payload schema. */
export function cloudEventSchema<T extends EventType>(type: T) {
  return cloudEventAttributesSchema.extend({ type: z.literal(type), data: EVENT_CATALOG[type].schema });
}
