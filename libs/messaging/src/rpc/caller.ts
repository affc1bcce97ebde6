import { DomainError, type Caller, type Role } from '@elo/contracts';
import { currentContext } from '@elo/observability';

/** The authenticated caller of the current request; services enforce ownership with it. */
export function requireCaller(): Caller {
  const caller = currentContext()?.caller;
  if (!caller) throw new DomainError('AUTH.UNAUTHENTICATED', 'The request carries no authenticated caller.');
  return caller;
}

export function callerHasRole(caller: Caller, ...roles: Role[]): boolean {
  return caller.roles.some((role) => roles.includes(role));
}

/** The current caller, if it holds one of the roles; services re-check what the gateway already checked. */
export function requireRole(...roles: Role[]): Caller {
  return assertRole(requireCaller(), roles);
}

/** Throws AUTH.FORBIDDEN unless `caller` holds one of the roles; `action` words the refusal. */
export function assertRole(caller: Caller, roles: readonly Role[], action?: string): Caller {
  if (callerHasRole(caller, ...roles)) return caller;
  throw new DomainError(
    'AUTH.FORBIDDEN',
    action
      ? `Only ${roles.join(' or ')} callers may ${action}.`
      : `This operation needs one of the roles: ${roles.join(', ')}.`,
  );
}
