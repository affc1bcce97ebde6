import { z } from 'zod';
import { defineEvent, eventSubject } from '../events/define-event';

export const ENDPOINT_DISABLED_REASONS = ['gone', 'failing'] as const;

/** Sent when delivery gives up on an endpoint, so its institution learns it (by its other endpoints). */
export const endpointDisabledSchema = z.object({
  endpointId: z.string().min(1),
  institutionId: z.string().min(1),
  /** `gone`: the endpoint answered 410; `failing`: every attempt failed for the configured span (5 days). */
  reason: z.enum(ENDPOINT_DISABLED_REASONS),
  disabledAt: z.iso.datetime(),
});
export type EndpointDisabled = z.infer<typeof endpointDisabledSchema>;

export const notificationEvents = {
  'notification.endpoint-disabled': defineEvent({
    subject: eventSubject('notifications', 'notification.endpoint-disabled'),
    producer: 'notifications',
    consumers: ['notifications'],
    description:
      'A webhook endpoint was disabled (410 Gone, or failing for 5 days); its institution is told.',
    schema: endpointDisabledSchema,
  }),
} as const;
