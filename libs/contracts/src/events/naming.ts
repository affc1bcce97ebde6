import type { ServiceName } from '../services';

// JetStream names. Subjects are `elo.<producer>.<event type>` (see eventSubject); each producing
// service owns one stream over `elo.<producer>.>`; each (service, handler) pair owns one durable.

/** `ELO_DIRECTORY`, `ELO_PLAN_TRACKING`: stream names cannot hold `.`, and upper case marks them. */
export function streamName(producer: ServiceName): string {
  return `ELO_${producer.toUpperCase().replace(/-/g, '_')}`;
}

export function streamSubjects(producer: ServiceName): string {
  return `elo.${producer}.>`;
}

const HANDLER_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function isHandlerName(value: string): boolean {
  return HANDLER_NAME.test(value) && value.length <= 80;
}

/** `plan-tracking__record-training-evidence`: durable names cannot hold `.`, `*`, `>` or spaces. */
export function durableName(service: ServiceName, handler: string): string {
  if (!isHandlerName(handler)) throw new Error(`Handler name '${handler}' must be kebab-case (a-z, 0-9, -)`);
  return `${service}__${handler}`;
}

/** The CloudEvents `source` of a service's events. */
export function eventSource(service: ServiceName): string {
  return `/elo/${service}`;
}
