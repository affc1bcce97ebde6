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
