import { OBJECT_ID_PATTERN, type Page } from '../pagination';
import { SERVICE_NAMES, type ServiceName } from '../services';

/** Services that run the event backbone and answer `<service>.dead-letter.*` (every one but the gateway). */
export type EventService = Exclude<ServiceName, 'gateway'>;
export const EVENT_SERVICES = SERVICE_NAMES.filter((s): s is EventService => s !== 'gateway');

export const DEAD_LETTER_REASONS = ['invalid_event', 'permanent_error', 'max_deliver', 'no_answer'] as const;
/**
 * invalid_event: the envelope or payload failed validation (dead-lettered at once); permanent_error: the
 * handler threw a PermanentEventError (dead-lettered at once); max_deliver: the handler kept failing;
 * no_answer: the last delivery was never settled (the process died or hung, or could not store the
 *   letter itself) and JetStream gave up.
 */
export type DeadLetterReason = (typeof DEAD_LETTER_REASONS)[number];

/** An event a handler gave up on, with why. Its id is `<service>.<24 hex>`, so the gateway can route it. */
export interface DeadLetter {
  id: string;
  service: EventService;
  handler: string;
  consumer: string;
  reason: DeadLetterReason;
  /** The CloudEvent's envelope (ids, type, source, time), never its data. */
  event: Record<string, unknown>;
  eventId: string;
  eventType: string;
  error: string;
  deliveryCount: number;
  firstFailedAt: string;
  lastFailedAt: string;
}

export type DeadLetterPage = Page<DeadLetter>;

/** `<service>.<24 hex>`: the owning service, then its local id. */
export const DEAD_LETTER_ID_PATTERN = new RegExp(
  `^(${EVENT_SERVICES.join('|')})\\.(${OBJECT_ID_PATTERN.source.slice(1, -1)})$`,
);

export function deadLetterId(service: EventService, localId: string): string {
  return `${service}.${localId}`;
}

/** Splits a dead-letter id into its owning service and its local id; null if it is not one. */
export function parseDeadLetterId(id: string): { service: EventService; localId: string } | null {
  const match = DEAD_LETTER_ID_PATTERN.exec(id);
  const service = match?.[1];
  const localId = match?.[2];
  if (!service || !localId) return null;
  return { service: service as EventService, localId };
}
