export const SERVICE_NAMES = [
  'gateway',
  'directory',
  'plan-tracking',
  'partnerships',
  'training',
  'referrals',
  'notifications',
] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

/**
 * The JetStream key-value bucket of the gateway's rate-limit counters (shared by its replicas): the
 * gateway's `RATE_LIMIT_BUCKET` default and the bucket its bus permissions grant (libs/stack).
 */
export const GATEWAY_RATE_LIMIT_BUCKET = 'elo-gateway-rate-limits';

/**
 * The JetStream key-value bucket of the caller-assertion ids a service has accepted: shared by its
 * replicas, so an assertion replayed to another replica is refused too.
 */
export function replayBucketName(service: ServiceName): string {
  return `elo-rpc-replays-${service}`;
}
