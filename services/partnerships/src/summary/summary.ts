import type { PartnershipSummary } from '@elo/contracts';
import { addDays } from '../common/clock';
import { isCommitmentOverdue, type PartnershipRow } from '../partnerships/partnership.mapper';

type SummaryRow = Pick<
  PartnershipRow,
  'kind' | 'sector' | 'status' | 'countries' | 'activityCodes' | 'effectiveUntil' | 'commitments'
>;

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** The coordinators' figures over every agreement, on the São Paulo day `today`. */
export function summarize(rows: readonly SummaryRow[], today: string): PartnershipSummary {
  const summary: PartnershipSummary = {
    asOf: today,
    total: rows.length,
    byKind: {},
    bySector: {},
    byStatus: {},
    byCountry: {},
    inForce: 0,
    expiringWithin30Days: 0,
    expiringWithin90Days: 0,
    overdueCommitments: 0,
    byAxis: {},
    byActivity: {},
  };
  const in30 = addDays(today, 30);
  const in90 = addDays(today, 90);
  for (const row of rows) {
    bump(summary.byKind, row.kind);
    if (row.sector) bump(summary.bySector, row.sector);
    bump(summary.byStatus, row.status);
    for (const country of row.countries) bump(summary.byCountry, country);
    for (const code of row.activityCodes) bump(summary.byActivity, code);
    for (const axis of new Set(row.activityCodes.map((c) => c.split('.')[0] ?? c)))
      bump(summary.byAxis, axis);
    if (row.status === 'in_force') {
      summary.inForce++;
      if (row.effectiveUntil && row.effectiveUntil >= today && row.effectiveUntil <= in30)
        summary.expiringWithin30Days++;
      if (row.effectiveUntil && row.effectiveUntil >= today && row.effectiveUntil <= in90)
        summary.expiringWithin90Days++;
    }
    if (row.status !== 'expired' && row.status !== 'terminated')
      summary.overdueCommitments += row.commitments.filter((c) => isCommitmentOverdue(c, today)).length;
  }
  return summary;
}
