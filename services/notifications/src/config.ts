import type { z } from 'zod';
import { port, serviceEnvSchema } from '@elo/config';

export const notificationsConfigSchema = serviceEnvSchema.extend({
  NOTIFICATIONS_HTTP_PORT: port(3106),
});

export type NotificationsConfig = z.infer<typeof notificationsConfigSchema>;
