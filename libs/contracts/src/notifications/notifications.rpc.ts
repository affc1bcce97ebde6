import { z } from 'zod';
import type { Page } from '../pagination';
import { defineRpc } from '../rpc/define-rpc';
import { healthRpc } from '../rpc/health.rpc';
import {
  createEndpointSchema,
  endpointRefSchema,
  listAttemptsQuerySchema,
  listEndpointsQuerySchema,
  listMessagesQuerySchema,
  messageRefSchema,
  recoverInputSchema,
  updateEndpointSchema,
  type EndpointWithSecret,
  type NotificationAttempt,
  type NotificationEndpoint,
  type NotificationMessage,
} from './notification';

// An agency manages its own institution's endpoints, a coordinator its own (coordination endpoints)
// and reads every institution's; anything else is NOTIFICATION.ENDPOINT_NOT_FOUND (the service decides).
const MANAGERS = ['agency', 'coordinator'] as const;

export const updateEndpointRequestSchema = endpointRefSchema.extend({
  changes: updateEndpointSchema,
  expectedVersion: z.number().int().nonnegative().optional(),
});
export const listMessagesRequestSchema = listMessagesQuerySchema.extend(endpointRefSchema.shape);
export const listAttemptsRequestSchema = listAttemptsQuerySchema.extend(endpointRefSchema.shape);
export const recoverRequestSchema = endpointRefSchema.extend(recoverInputSchema.shape);

/** The notifications service's request/reply patterns. */
export const notificationsRpc = {
  ...healthRpc('notifications'),
  'notifications.endpoint.create': defineRpc<EndpointWithSecret>()({
    request: createEndpointSchema,
    access: { roles: MANAGERS },
    description: 'Registers a webhook endpoint of the caller’s institution; answers its secret, once.',
  }),
  'notifications.endpoint.list': defineRpc<Page<NotificationEndpoint>>()({
    request: listEndpointsQuerySchema,
    access: { roles: MANAGERS },
    description: 'The caller’s institution’s endpoints (coordinators: every institution’s).',
  }),
  'notifications.endpoint.get': defineRpc<NotificationEndpoint>()({
    request: endpointRefSchema,
    access: { roles: MANAGERS },
    description: 'One endpoint; NOTIFICATION.ENDPOINT_NOT_FOUND when unknown or not the caller’s to see.',
  }),
  'notifications.endpoint.update': defineRpc<NotificationEndpoint>()({
    request: updateEndpointRequestSchema,
    access: { roles: MANAGERS },
    description: 'Changes an endpoint of the caller’s institution (URL, description, types, enabled).',
  }),
  'notifications.endpoint.rotate-secret': defineRpc<EndpointWithSecret>()({
    request: endpointRefSchema,
    access: { roles: MANAGERS },
    description: 'A new secret, shown once; the old one keeps signing (beside it) for 24 hours.',
  }),
  'notifications.endpoint.test': defineRpc<NotificationMessage>()({
    request: endpointRefSchema,
    access: { roles: MANAGERS },
    description: 'Sends a notification.test message to the endpoint.',
  }),
  'notifications.endpoint.recover': defineRpc<{ resent: number }>()({
    request: recoverRequestSchema,
    access: { roles: MANAGERS },
    description: 'Resends every message of the endpoint that failed since a date.',
  }),
  'notifications.message.list': defineRpc<Page<NotificationMessage>>()({
    request: listMessagesRequestSchema,
    access: { roles: MANAGERS },
    description: 'The endpoint’s messages, oldest first, cursor-paged.',
  }),
  'notifications.message.replay': defineRpc<NotificationMessage>()({
    request: messageRefSchema,
    access: { roles: MANAGERS },
    description: 'Sends one message again (same webhook-id), whatever its status.',
  }),
  'notifications.attempt.list': defineRpc<Page<NotificationAttempt>>()({
    request: listAttemptsRequestSchema,
    access: { roles: MANAGERS },
    description: 'The endpoint’s delivery log: time, status, duration, start of the answer; cursor-paged.',
  }),
} as const;
