import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { trusted, Types, type Model, type QueryFilter, type UpdateQuery } from 'mongoose';
import type { Caller, EloCloudEvent, Page, Referral, ReferralBoxQuery } from '@elo/contracts';
import { Outbox } from '@elo/events';
import { AggregateRepository, type AggregateRow } from '@elo/persistence';
import { AUDIT_OUTBOX_FIELD, pushAudit, type PendingAudit } from '../audit/audit-outbox';
import { FINAL_STATUSES } from './lifecycle';
import { ReferralRecord } from './referral.schema';

export type ReferralRow = AggregateRow<ReferralRecord>;

export function toReferral(row: ReferralRow, now: Date): Referral {
  return {
    id: String(row._id),
    caseId: row.caseId,
    senderInstitutionId: row.senderInstitutionId,
    receiverInstitutionId: row.receiverInstitutionId,
    service: row.service,
    urgency: row.urgency,
    status: row.status,
    deadline: row.deadline.toISOString(),
    overdue: row.overdueAt !== undefined || (row.status === 'sent' && row.deadline <= now),
    sharing: row.sharing,
    ...(row.reason ? { reason: row.reason } : {}),
    ...(row.outcome ? { outcome: row.outcome } : {}),
    version: row.__v,
    sentAt: row.sentAt.toISOString(),
  };
}

/** What a caller may see: parties see their referrals; coordinators see every one (core only). */
export function visibleTo(caller: Caller): QueryFilter<ReferralRecord> {
  if (caller.roles.includes('coordinator')) return {};
  return {
    $or: [{ senderInstitutionId: caller.institutionId }, { receiverInstitutionId: caller.institutionId }],
  };
}

@Injectable()
export class ReferralRepository extends AggregateRepository<ReferralRecord, ReferralRow> {
  protected override readonly hidden = ['transitions', AUDIT_OUTBOX_FIELD];

  constructor(
    @InjectModel(ReferralRecord.name) private readonly referrals: Model<ReferralRecord>,
    outbox: Outbox,
  ) {
    super(referrals, outbox);
  }

  protected toContract(row: ReferralRow): ReferralRow {
    return row;
  }

  /** Inserts the referral with its events and its audit entry, in one write. */
  create(
    doc: Partial<ReferralRecord> & { _id: Types.ObjectId },
    events: EloCloudEvent[],
    audit: PendingAudit,
  ): Promise<ReferralRow> {
    return this.insert({ ...doc, [AUDIT_OUTBOX_FIELD]: [audit] }, events);
  }

  findVisible(id: string, caller: Caller): Promise<ReferralRow | null> {
    return this.findOne({ $and: [{ _id: new Types.ObjectId(id) }, visibleTo(caller)] });
  }

  byId(id: Types.ObjectId): Promise<ReferralRow | null> {
    return this.findRow({ _id: id });
  }

  /** A change at `version` with its events and the audit entries of a caller's action, in one write. */
  write(
    id: Types.ObjectId,
    version: number,
    update: UpdateQuery<ReferralRecord>,
    events: EloCloudEvent[],
    audits: readonly PendingAudit[] = [],
  ) {
    return this.updateAtVersion({ _id: id }, version, pushAudit(update, audits), events);
  }

  /**
   * Claims the escalation of one overdue referral, with its events and audit entry: only the first
   * replica's write matches, so only it stores them.
   */
  claimOverdue(row: ReferralRow, at: Date, events: EloCloudEvent[], audit: PendingAudit) {
    return this.updateWhere(
      { _id: row._id, status: 'sent', overdueAt: trusted({ $exists: false }) },
      pushAudit({ $set: { overdueAt: at } }, [audit]),
      events,
    );
  }

  dueForEscalation(now: Date, limit = 100): Promise<ReferralRow[]> {
    return this.referrals
      .find(
        { status: 'sent', deadline: trusted({ $lte: now }), overdueAt: trusted({ $exists: false }) },
        this.projection(),
      )
      .sort({ deadline: 1 })
      .limit(limit)
      .lean<ReferralRow[]>()
      .exec();
  }

  /** The caller's inbox (received) or outbox (sent): scoped from the verified caller only. */
  box(side: 'inbox' | 'outbox', caller: Caller, q: ReferralBoxQuery, now: Date): Promise<Page<ReferralRow>> {
    const filter: QueryFilter<ReferralRecord> =
      side === 'inbox'
        ? { receiverInstitutionId: caller.institutionId }
        : { senderInstitutionId: caller.institutionId };
    if (q.status) filter.status = q.status;
    if (q.urgency) filter.urgency = q.urgency;
    if (q.overdue === true)
      filter.$or = [
        { overdueAt: trusted({ $exists: true }) },
        { status: 'sent', deadline: trusted({ $lte: now }) },
      ];
    if (q.overdue === false)
      filter.$nor = [
        { overdueAt: trusted({ $exists: true }) },
        { status: 'sent', deadline: trusted({ $lte: now }) },
      ];
    return this.findPage(filter, q);
  }

  forCase(caseId: string, senderInstitutionId: string): Promise<ReferralRow[]> {
    return this.referrals
      .find({ caseId, senderInstitutionId }, this.projection())
      .lean<ReferralRow[]>()
      .exec();
  }

  /** The cases with a referral not yet final, or changed since `cutoff`: not finished, for retention. */
  casesInUseSince(cutoff: Date): Promise<string[]> {
    return this.referrals
      .distinct('caseId', {
        $or: [{ status: trusted({ $nin: FINAL_STATUSES }) }, { updatedAt: trusted({ $gt: cutoff }) }],
      })
      .exec();
  }
}
