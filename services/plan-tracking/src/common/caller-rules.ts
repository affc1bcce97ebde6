import { DomainError, type Caller, type ReportActor } from '@elo/contracts';
import { callerHasRole, requireCaller } from '@elo/messaging';

export function actorOf(caller: Caller): ReportActor {
  return { clientId: caller.clientId, institutionId: caller.institutionId };
}

/** Coordinators edit activities and decide reports; the gateway checks too, the service does not rely on it. */
export function requireCoordinator(action: string): Caller {
  const caller = requireCaller();
  if (!callerHasRole(caller, 'coordinator')) {
    throw new DomainError('AUTH.FORBIDDEN', `Only a coordinator may ${action}.`);
  }
  return caller;
}
