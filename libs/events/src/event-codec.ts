import { CloudEvent } from 'cloudevents';
import { headers as natsHeaders, type MsgHdrs } from '@nats-io/transport-node';
import {
  EVENT_CATALOG,
  HEADER_CORRELATION_ID,
  cloudEventAttributesSchema,
  type EloCloudEvent,
  type EventType,
} from '@elo/contracts';

// Structured mode: the body is the whole CloudEvent. Headers repeat a few attributes for tooling
// (and Nats-Msg-Id for JetStream de-duplication); consumers never trust them over the body.
export const HEADER_MSG_ID = 'Nats-Msg-Id';
export const HEADER_CE_TYPE = 'ce-type';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodeEvent(event: EloCloudEvent): { body: Uint8Array; headers: MsgHdrs } {
  const headers = natsHeaders();
  headers.set(HEADER_MSG_ID, event.id);
  headers.set(HEADER_CE_TYPE, event.type);
  headers.set(HEADER_CORRELATION_ID, event.correlationid);
  return { body: encoder.encode(JSON.stringify(event)), headers };
}

export type DecodedEvent<T extends EventType> =
  | { ok: true; event: EloCloudEvent<T> }
  | { ok: false; error: string; raw: Record<string, unknown>; eventId: string; eventType: string };

function invalid(error: string, raw: Record<string, unknown>) {
  return {
    ok: false as const,
    error,
    raw,
    eventId: typeof raw['id'] === 'string' ? raw['id'] : 'unknown',
    eventType: typeof raw['type'] === 'string' ? raw['type'] : 'unknown',
  };
}

/** Parses and validates one event for a handler of `expected`: JSON, CloudEvents envelope, catalog payload. */
export function decodeEvent<T extends EventType>(body: Uint8Array, expected: T): DecodedEvent<T> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(decoder.decode(body));
  } catch {
    return invalid('body is not JSON', { text: decoder.decode(body).slice(0, 4_096) });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return invalid('body is not a JSON object', { value: parsed });
  }
  return validateEvent(parsed as Record<string, unknown>, expected);
}

export function validateEvent<T extends EventType>(
  raw: Record<string, unknown>,
  expected: T,
): DecodedEvent<T> {
  try {
    new CloudEvent(raw, true); // the CloudEvents SDK's own check of the envelope
  } catch (error) {
    return invalid(`not a valid CloudEvent: ${describe(error)}`, raw);
  }
  const envelope = cloudEventAttributesSchema.safeParse(raw);
  if (!envelope.success) return invalid(`invalid envelope: ${zodMessage(envelope.error)}`, raw);
  if (raw['type'] !== expected) return invalid(`type is ${String(raw['type'])}, expected ${expected}`, raw);
  const data = EVENT_CATALOG[expected].schema.safeParse(raw['data']);
  if (!data.success) return invalid(`invalid data: ${zodMessage(data.error)}`, raw);
  const event = { ...envelope.data, type: expected, data: data.data } as EloCloudEvent<T>;
  return { ok: true, event };
}

function zodMessage(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const details = (error as Error & { errors?: unknown }).errors;
    return details ? `${error.message} ${JSON.stringify(details)}` : error.message;
  }
  return String(error);
}
