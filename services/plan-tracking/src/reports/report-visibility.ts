import type { Caller } from '@elo/contracts';

/**
 * Who may read which progress reports (issue 11). Admins and coordinators decide on reports, so they
 * read them all. Everyone else (agency, viewer) reads the approved reports of every institution (they
 * are the plan's public record), but pending and returned ones (drafts of a judgement, with the
 * coordinators' reasons) only when their own institution submitted them. Taken from the verified
 * caller only, never from the request.
 */
export type ReportVisibility = { all: true } | { all: false; institutionId: string };

export function reportVisibility(caller: Caller): ReportVisibility {
  if (caller.roles.includes('admin') || caller.roles.includes('coordinator')) return { all: true };
  return { all: false, institutionId: caller.institutionId };
}

/** The same rule as a MongoDB filter on reports (empty when every report is visible). */
export function visibilityFilter(visibility: ReportVisibility) {
  if (visibility.all) return {};
  return {
    $or: [{ status: 'approved' as const }, { 'submittedBy.institutionId': visibility.institutionId }],
  };
}

/** The same rule on one report, for code that already holds it. */
export function mayRead(
  visibility: ReportVisibility,
  report: { status: string; submittedBy: { institutionId: string } },
): boolean {
  return (
    visibility.all ||
    report.status === 'approved' ||
    report.submittedBy.institutionId === visibility.institutionId
  );
}
