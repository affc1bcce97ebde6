import type { Caller, ReportActor } from '@elo/contracts';

export function actorOf(caller: Caller): ReportActor {
  return { clientId: caller.clientId, institutionId: caller.institutionId };
}

/** The institutions an activity's events concern (its lead and partners), so notifications reach them. */
export function involvedIn(activity: { leadInstitutionId?: string; partnerInstitutionIds?: string[] }): {
  leadInstitutionId?: string;
  partnerInstitutionIds: string[];
} {
  return {
    ...(activity.leadInstitutionId ? { leadInstitutionId: activity.leadInstitutionId } : {}),
    partnerInstitutionIds: activity.partnerInstitutionIds ?? [],
  };
}
