import type { z } from 'zod';
import type { ServiceName } from '../services';

/** Static description of one event type: its subject, schema and who produces/consumes it. */
export interface EventDefinition<S extends z.ZodType = z.ZodType> {
  subject: string;
  producer: ServiceName;
  consumers: readonly ServiceName[];
  description: string;
  schema: S;
}

export function defineEvent<S extends z.ZodType>(def: EventDefinition<S>): EventDefinition<S> {
  return def;
}

/** Subject naming scheme: `elo.<producer>.<event type>`, e.g. `elo.directory.institution.created`. */
export function eventSubject(producer: ServiceName, type: string): string {
  return `elo.${producer}.${type}`;
}
