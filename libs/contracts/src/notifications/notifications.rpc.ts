import { healthRpc } from '../rpc/health.rpc';

/** The notifications service's request/reply patterns. */
export const notificationsRpc = {
  ...healthRpc('notifications'),
} as const;
