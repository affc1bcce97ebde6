import type { Caller } from '@elo/contracts';

/** Coordinators (and admins) manage every course; an agency only those its institution organises. */
export function isCoordinator(caller: Caller): boolean {
  return caller.roles.includes('coordinator') || caller.roles.includes('admin');
}

export function organises(caller: Caller, event: { organiserInstitutionId: string }): boolean {
  return isCoordinator(caller) || caller.institutionId === event.organiserInstitutionId;
}
