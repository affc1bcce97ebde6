import type { Caller, ReportActor } from '@elo/contracts';
import { assertRole, requireCaller } from '@elo/messaging';

export function actorOf(caller: Caller): ReportActor {
  return { clientId: caller.clientId, institutionId: caller.institutionId };
}

/** Coordinators edit activities and decide reports; the gateway checks too, the service does not rely on it. */
export function requireCoordinator(action: string): Caller {
  return assertRole(requireCaller(), ['coordinator'], action);
}
