import type { ReportBucket, TrainingReport } from '@elo/contracts';

export interface CountedCertificate {
  audience: string;
  uf?: string;
  institutionId?: string;
  year: number;
  activityCodes: string[];
}

/** People trained, one per certificate, counted along each dimension; an unknown value counts as "unknown". */
export function buildTrainingReport(
  rows: readonly CountedCertificate[],
  activityCode?: string,
): TrainingReport {
  const audience = new Map<string, number>();
  const uf = new Map<string, number>();
  const institution = new Map<string, number>();
  const year = new Map<string, number>();
  const activity = new Map<string, number>();
  for (const row of rows) {
    bump(audience, row.audience);
    bump(uf, row.uf ?? 'unknown');
    bump(institution, row.institutionId ?? 'unknown');
    bump(year, String(row.year));
    for (const code of row.activityCodes) if (!activityCode || code === activityCode) bump(activity, code);
  }
  return {
    total: rows.length,
    byAudience: buckets(audience),
    byUf: buckets(uf),
    byInstitution: buckets(institution),
    byYear: buckets(year),
    byActivityCode: buckets(activity),
  };
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Largest first, then by key, so reports are stable. */
function buckets(map: Map<string, number>): ReportBucket[] {
  return [...map]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}
