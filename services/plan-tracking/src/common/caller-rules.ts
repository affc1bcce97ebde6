import type { Caller, ReportActor } from '@elo/contracts';

export function actorOf(caller: Caller): ReportActor {
  return { clientId: caller.clientId, institutionId: caller.institutionId };
}
