import type { z } from 'zod';
import { directoryEvents } from '../directory/institution.events';

// The one map from event type to its definition; payload types are inferred from it, so
// publishing a wrong payload for a type does not compile.
export const EVENT_CATALOG = {
  ...directoryEvents,
} as const;

export type EventType = keyof typeof EVENT_CATALOG;
export type EventPayload<T extends EventType> = z.infer<(typeof EVENT_CATALOG)[T]['schema']>;
export type EventMap = { [T in EventType]: EventPayload<T> };

export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(EVENT_CATALOG, value);
}
