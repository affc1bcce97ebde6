import type { EloCloudEvent, EventPayload, EventType } from '@elo/contracts';
import { ROUTING_TABLE, type Route, type ThinData } from './routing-table';

export interface RoutedEvent {
  /** Distinct institution ids whose endpoints may receive the event. */
  institutions: string[];
  personalData: boolean;
  data: ThinData;
}

/** Looks an event up in the routing table (typed per event type through the catalog). */
export function routeEvent<T extends EventType>(event: EloCloudEvent<T>): RoutedEvent {
  const route = ROUTING_TABLE[event.type] as Route<EventPayload<T>>;
  const institutions = [...new Set(route.involved(event.data).filter((id): id is string => !!id))];
  return { institutions, personalData: route.personalData, data: route.thin(event.data, event.subject) };
}

/** Whether an endpoint takes an event: its own institution is involved, or it is a coordinators' endpoint. */
export function endpointReceives(
  endpoint: { institutionId: string; coordination: boolean; eventTypes: readonly string[] },
  type: string,
  routed: Pick<RoutedEvent, 'institutions' | 'personalData'>,
): boolean {
  if (endpoint.eventTypes.length && !endpoint.eventTypes.includes(type)) return false;
  if (routed.institutions.includes(endpoint.institutionId)) return true;
  return endpoint.coordination && !routed.personalData;
}
