import type { Types } from 'mongoose';
import type { Commitment, HistoryEntry, Partnership } from '@elo/contracts';
import { daysBetween } from '../common/clock';
import { LIVE_STATUSES } from './lifecycle';
import type { CommitmentRecord, PartnershipRecord } from './partnership.schema';

export type PartnershipRow = PartnershipRecord & { _id: Types.ObjectId; __v: number };

const OPEN_COMMITMENT = new Set(['pending', 'in_progress']);

export function isCommitmentOverdue(c: Pick<CommitmentRecord, 'dueDate' | 'status'>, today: string): boolean {
  return c.dueDate < today && OPEN_COMMITMENT.has(c.status);
}

export function toCommitment(c: CommitmentRecord, today: string): Commitment {
  return {
    id: c.id,
    description: c.description,
    responsibleInstitutionId: c.responsibleInstitutionId,
    dueDate: c.dueDate,
    status: c.status,
    evidence: (c.evidence ?? []).map((e) => ({ title: e.title, url: e.url })),
    ...(c.completedAt ? { completedAt: c.completedAt.toISOString() } : {}),
    overdue: isCommitmentOverdue(c, today),
  };
}

export function toPartnership(row: PartnershipRow, today: string): Partnership {
  const live = LIVE_STATUSES.includes(row.status);
  return {
    id: row._id.toHexString(),
    kind: row.kind,
    ...(row.sector ? { sector: row.sector } : {}),
    title: row.title,
    objective: row.objective,
    ...(row.nup ? { nup: row.nup } : {}),
    ...(row.dou ? { dou: { section: row.dou.section, date: row.dou.date, page: row.dou.page } } : {}),
    ...(row.signedAt ? { signedAt: row.signedAt } : {}),
    ...(row.effectiveFrom ? { effectiveFrom: row.effectiveFrom } : {}),
    ...(row.effectiveUntil ? { effectiveUntil: row.effectiveUntil } : {}),
    status: row.status,
    confidentiality: row.confidentiality,
    parties: row.parties.map((p) => ({ institutionId: p.institutionId, role: p.role })),
    countries: [...row.countries],
    activityCodes: [...row.activityCodes],
    documents: row.documents.map((x) => ({ title: x.title, url: x.url, sha256: x.sha256, date: x.date })),
    ...(row.dataSharing ? { dataSharing: row.dataSharing } : {}),
    commitments: row.commitments.map((c) => toCommitment(c, today)),
    amendments: row.amendments.map((a) => ({
      number: a.number,
      description: a.description,
      signedAt: a.signedAt,
      before: { ...a.before },
      after: { ...a.after },
      commitmentIds: [...a.commitmentIds],
      at: a.at.toISOString(),
      by: { clientId: a.by.clientId, institutionId: a.by.institutionId },
    })),
    ...(row.renewalOf ? { renewalOf: row.renewalOf } : {}),
    ...(row.renewedBy ? { renewedBy: row.renewedBy } : {}),
    ...(live && row.effectiveUntil ? { daysToExpiry: daysBetween(today, row.effectiveUntil) } : {}),
    demo: row.demo,
    version: row.__v,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Creation, transitions, amendments and the renewal, in time order. */
export function toHistory(row: PartnershipRow): HistoryEntry[] {
  const actor = (a: { clientId: string; institutionId: string }) => ({
    clientId: a.clientId,
    institutionId: a.institutionId,
  });
  const entries: HistoryEntry[] = [
    { type: 'created', at: row.createdAt.toISOString(), by: actor(row.createdBy) },
    ...row.transitions.map((t) => ({
      type: 'transition' as const,
      at: t.at.toISOString(),
      by: actor(t.by),
      from: t.from,
      to: t.to,
      reason: t.reason,
    })),
    ...row.amendments.map((a) => ({
      type: 'amendment' as const,
      at: a.at.toISOString(),
      by: actor(a.by),
      reason: a.description,
      amendmentNumber: a.number,
    })),
  ];
  return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
