import { healthRpc } from '../rpc/health.rpc';

/** The referrals service's request/reply patterns. */
export const referralsRpc = {
  ...healthRpc('referrals'),
} as const;
