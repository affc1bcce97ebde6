import { z } from 'zod';
import { pageQuerySchema } from '../pagination';
import type { RpcDefinition } from '../rpc/define-rpc';
import { defineRpc } from '../rpc/define-rpc';
import {
  DEAD_LETTER_ID_PATTERN,
  EVENT_SERVICES,
  type DeadLetterPage,
  type EventService,
} from './dead-letter';

export const deadLetterIdSchema = z
  .string()
  .regex(DEAD_LETTER_ID_PATTERN, 'must be a dead-letter id like plan-tracking.<24 hex>')
  .meta({
    description: 'Dead-letter id: the owning service, a dot, and 24 hex characters',
    example: 'plan-tracking.665f1c2e9b1e8a0012345678',
  });

const deadLetterRef = z.strictObject({ id: deadLetterIdSchema });

const ADMIN = { roles: ['admin'] } as const;

// Dead letters hold whole events, and replay and delete change state: admins only.
const deadLetterPatterns = {
  list: defineRpc<DeadLetterPage>()({
    request: pageQuerySchema,
    access: ADMIN,
    description: 'Events the service’s handlers gave up on, oldest first.',
  }),
  replay: defineRpc<{ id: string; replayed: true }>()({
    request: deadLetterRef,
    access: ADMIN,
    description: 'Publishes a dead letter’s event again to the handler that failed, and removes it.',
  }),
  delete: defineRpc<{ id: string; deleted: true }>()({
    request: deadLetterRef,
    access: ADMIN,
    description: 'Discards a dead letter.',
  }),
};
type DeadLetterPatterns = typeof deadLetterPatterns;

export type DeadLetterRpc = {
  [K in keyof DeadLetterPatterns as `${EventService}.dead-letter.${K}`]: DeadLetterPatterns[K];
};

/** `<service>.dead-letter.list|replay|delete`, answered by every service that runs the event backbone. */
export const deadLetterRpc = Object.fromEntries(
  EVENT_SERVICES.flatMap((service) =>
    Object.entries(deadLetterPatterns).map(([verb, definition]): [string, RpcDefinition] => [
      `${service}.dead-letter.${verb}`,
      definition,
    ]),
  ),
) as DeadLetterRpc;
