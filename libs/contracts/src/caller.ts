export const ROLES = ['admin', 'coordinator', 'agency', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Who is calling: resolved by the gateway from the bearer token and passed to services. */
export interface Caller {
  clientId: string;
  institutionId: string;
  roles: Role[];
}

export function isCaller(value: unknown): value is Caller {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['clientId'] === 'string' &&
    typeof v['institutionId'] === 'string' &&
    Array.isArray(v['roles']) &&
    v['roles'].every(isRole)
  );
}
