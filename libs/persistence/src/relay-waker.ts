import type { Types } from 'mongoose';
import type { EloCloudEvent } from '@elo/contracts';

/** The array the event backbone's outbox relay drains (the backbone's `OUTBOX_FIELD`). */
export const EVENTS_FIELD = 'outbox';

/**
 * What a write with events needs from the event backbone: to hear that a document with new events is
 * stored, so the relay publishes them now rather than at its next poll. The backbone's `Outbox`
 * provider is one. Persistence names only this shape and never imports the backbone, so the backbone
 * may build on persistence without a cycle; a service passes its `Outbox` to its repositories.
 */
export interface RelayWaker {
  written(document: { collection: string; id: Types.ObjectId | string }): void;
}

/** `$push`es the events onto the document's outbox in the same update. */
export function appendEvents<U extends object>(update: U, events: readonly EloCloudEvent[]): U {
  if (!events.length) return update;
  const existing = (update as { $push?: Record<string, unknown> }).$push;
  return { ...update, $push: { ...existing, [EVENTS_FIELD]: { $each: [...events] } } };
}
