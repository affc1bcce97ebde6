import type { z } from 'zod';
import { directoryEvents } from '../directory/institution.events';
import { notificationEvents } from '../notifications/notification.events';
import { partnershipEvents } from '../partnerships/partnership.events';
import { planEvents } from '../plan/plan.events';
import { referralEvents } from '../referrals/referral.events';
import type { ServiceName } from '../services';
import { trainingEvents } from '../training/training.events';

// The one map from event type to its definition; payload types are inferred from it, so
// publishing a wrong payload for a type does not compile.
export const EVENT_CATALOG = {
  ...directoryEvents,
  ...trainingEvents,
  ...partnershipEvents,
  ...planEvents,
  ...notificationEvents,
  ...referralEvents,
} as const;

export type EventType = keyof typeof EVENT_CATALOG;
export type EventPayload<T extends EventType> = z.infer<(typeof EVENT_CATALOG)[T]['schema']>;
export type EventMap = { [T in EventType]: EventPayload<T> };

export const EVENT_TYPES = Object.keys(EVENT_CATALOG) as EventType[];

/** Services that produce at least one event (each owns a stream). */
export function eventProducers(): ServiceName[] {
  return [...new Set(EVENT_TYPES.map((type) => EVENT_CATALOG[type].producer))];
}

/** Services that consume at least one event (each keeps dead letters). */
export function eventConsumers(): ServiceName[] {
  return [...new Set(EVENT_TYPES.flatMap((type) => EVENT_CATALOG[type].consumers))];
}
