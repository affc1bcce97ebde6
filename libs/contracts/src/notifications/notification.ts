import { z } from 'zod';
import { EVENT_TYPES } from '../events/event-catalog';
import { idSchema, pageQuerySchema, pageSchema } from '../pagination';
import { visibleText } from '../text';

/** The test event `POST …/test` sends; it is not in the event catalog (nothing else produces it). */
export const TEST_EVENT_TYPE = 'notification.test';
export const MAX_ENDPOINT_EVENT_TYPES = 100;

export const endpointUrlSchema = z
  .url({ protocol: /^https?$/, hostname: z.regexes.hostname })
  .max(2000)
  .meta({
    description: 'Where deliveries are POSTed; https in production (private addresses are refused)',
    example: 'https://hooks.agency.example/elo',
  });

const eventTypeSchema = z.enum(EVENT_TYPES as [string, ...string[]]);
const eventTypesSchema = z
  .array(eventTypeSchema)
  .max(MAX_ENDPOINT_EVENT_TYPES)
  .refine((types) => new Set(types).size === types.length, 'must not repeat an event type')
  .meta({ description: 'Event types wanted; empty: every type the institution may receive', example: [] });

export const createEndpointSchema = z.strictObject({
  url: endpointUrlSchema,
  description: visibleText(1, 500).optional().meta({
    description: 'What the endpoint is, for the people who manage it',
    example: 'Sistema de casos do CREAS',
  }),
  eventTypes: eventTypesSchema.default([]),
  enabled: z
    .boolean()
    .default(true)
    .meta({ description: 'Disabled endpoints receive nothing', example: true }),
});
export type CreateEndpointInput = z.infer<typeof createEndpointSchema>;

export const updateEndpointSchema = z
  .strictObject({
    url: endpointUrlSchema.optional(),
    description: visibleText(1, 500).optional().meta({
      description: 'What the endpoint is, for the people who manage it',
      example: 'Sistema de casos do CREAS',
    }),
    eventTypes: eventTypesSchema.optional(),
    enabled: z
      .boolean()
      .optional()
      .meta({ description: 'Disabled endpoints receive nothing', example: false }),
  })
  .refine((changes) => Object.keys(changes).length > 0, 'must change something');
export type UpdateEndpointInput = z.infer<typeof updateEndpointSchema>;

export const endpointSchema = z.object({
  id: idSchema,
  institutionId: z.string(),
  url: z.string(),
  description: z.string().optional(),
  eventTypes: z.array(z.string()),
  enabled: z.boolean(),
  /** Coordinators' endpoints receive every event that carries no personal data. */
  coordination: z.boolean(),
  disabledReason: z.enum(['gone', 'failing']).optional(),
  /** While a rotation's grace lasts, the old secret still signs every delivery. */
  previousSecretExpiresAt: z.iso.datetime().optional(),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type NotificationEndpoint = z.infer<typeof endpointSchema>;

export const endpointSecretSchema = z.object({
  secret: z.string().meta({
    description: 'whsec_… — shown once: store it now',
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  }),
});
export const endpointWithSecretSchema = endpointSchema.extend(endpointSecretSchema.shape);
export type EndpointWithSecret = z.infer<typeof endpointWithSecretSchema>;

export const MESSAGE_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export const messageSchema = z.object({
  id: idSchema,
  endpointId: idSchema,
  /** The `webhook-id` header: the same on every attempt of this message. */
  webhookId: z.string(),
  eventType: z.string(),
  eventId: z.string(),
  status: z.enum(MESSAGE_STATUSES),
  attempts: z.number().int(),
  nextAttemptAt: z.iso.datetime().optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type NotificationMessage = z.infer<typeof messageSchema>;

export const attemptSchema = z.object({
  id: idSchema,
  messageId: idSchema,
  endpointId: idSchema,
  at: z.iso.datetime(),
  /** HTTP status, absent when no answer came (timeout, refused address, connection error). */
  status: z.number().int().optional(),
  durationMs: z.number().int(),
  succeeded: z.boolean(),
  /** The first 1 KiB of the answer, or what went wrong. */
  response: z.string(),
});
export type NotificationAttempt = z.infer<typeof attemptSchema>;

export const endpointRefSchema = z.strictObject({ id: idSchema });
export const listEndpointsQuerySchema = pageQuerySchema.extend({
  institutionId: idSchema.optional().meta({ description: 'Coordinators: only this institution’s endpoints' }),
});
export const listMessagesQuerySchema = pageQuerySchema.extend({
  status: z
    .enum(MESSAGE_STATUSES)
    .optional()
    .meta({ description: 'Only messages in this state', example: 'failed' }),
});
export const listAttemptsQuerySchema = pageQuerySchema.extend({ messageId: idSchema.optional() });
export const messageRefSchema = z.strictObject({ id: idSchema, messageId: idSchema });
export const recoverInputSchema = z.strictObject({
  since: z.iso.datetime().meta({ description: 'Resend every failed message created since then' }),
});

export const endpointPageSchema = pageSchema(endpointSchema);
export const messagePageSchema = pageSchema(messageSchema);
export const attemptPageSchema = pageSchema(attemptSchema);
export const replayResultSchema = z.object({ messageId: idSchema });
export const recoverResultSchema = z.object({ resent: z.number().int() });
