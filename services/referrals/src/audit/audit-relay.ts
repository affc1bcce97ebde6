import { Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { trusted, Types, type Model } from 'mongoose';
import { CaseRecord } from '../cases/case.schema';
import { ReferralRecord } from '../referrals/referral.schema';
import { AUDIT_OUTBOX_FIELD, type PendingAudit } from './audit-outbox';
import { AuditLog } from './audit.log';

/** The collections whose documents carry an audit outbox. */
export type AuditSource = 'cases' | 'referrals';
export const AUDIT_SOURCES: readonly AuditSource[] = ['cases', 'referrals'];

const BATCH = 100;
/** Bounds one drain (documents per collection and pass, passes); the next tick carries on. */
const MAX_BATCHES_PER_DRAIN = 100;
const PENDING = { [`${AUDIT_OUTBOX_FIELD}.id`]: trusted({ $exists: true }) };

type Holder = { _id: Types.ObjectId; auditOutbox?: PendingAudit[] };
type Held = { source: AuditSource; row: Holder };

/**
 * Moves the audit entries that cases and referrals carry (stored in the same write as the change they
 * describe) onto the hash chain, as the events' outbox relay moves events to JetStream. Per document in
 * array order, each chained before the next, and taken off the document only once chained: a process
 * dying anywhere leaves the entry on its document, and chaining it again finds its key already there
 * (`AuditLog.appendOnce`), so every entry reaches the chain exactly once. Replicas need no coordination
 * for the same reason. The request that wrote runs it for its own document before it answers; the
 * `AuditRelayJob` (at boot, then periodically) finishes what a dying process left.
 */
@Injectable()
export class AuditRelay {
  private readonly logger = new Logger('AuditRelay');
  private readonly models: Record<AuditSource, Model<Holder>>;

  constructor(
    @InjectModel(CaseRecord.name) cases: Model<CaseRecord>,
    @InjectModel(ReferralRecord.name) referrals: Model<ReferralRecord>,
    private readonly log: AuditLog,
  ) {
    this.models = {
      cases: cases as unknown as Model<Holder>,
      referrals: referrals as unknown as Model<Holder>,
    };
  }

  /** Chains what one document holds; returns how many entries it took off. */
  async settle(source: AuditSource, id: Types.ObjectId | string): Promise<number> {
    const row = await this.models[source]
      .findById(new Types.ObjectId(id), { [AUDIT_OUTBOX_FIELD]: 1 })
      .lean<Holder>()
      .exec();
    return row ? this.chainInOrder([{ source, row }]) : 0;
  }

  /**
   * Right after a write: chain its entries before the answer goes out. The write has taken effect and
   * its entries are stored with it, so a failure here is not the caller's: the job chains them later.
   */
  async settleAfterWrite(source: AuditSource, id: Types.ObjectId | string): Promise<void> {
    try {
      await this.settle(source, id);
    } catch (error) {
      this.logger.warn({
        msg: 'audit entries left for the relay job',
        source,
        id: String(id),
        error: String(error),
      });
    }
  }

  /** Chains what a case and its referrals still hold, so that the case's export lists every line. */
  async settleCase(caseId: string): Promise<void> {
    const held = await Promise.all([
      this.pending('cases', { _id: new Types.ObjectId(caseId) }),
      this.pending('referrals', { caseId }),
    ]);
    await this.chainInOrder(held.flat());
  }

  /** Every document with entries still to chain (boot and periodic; the verify route first). */
  async drain(): Promise<number> {
    let chained = 0;
    for (let i = 0; i < MAX_BATCHES_PER_DRAIN; i++) {
      const held = await Promise.all(AUDIT_SOURCES.map((source) => this.pending(source, {}, BATCH)));
      chained += await this.chainInOrder(held.flat());
      if (held.every((rows) => rows.length < BATCH)) break;
    }
    return chained;
  }

  private async pending(source: AuditSource, filter: object, limit = BATCH): Promise<Held[]> {
    const rows = await this.models[source]
      .find({ ...filter, ...PENDING }, { [AUDIT_OUTBOX_FIELD]: 1 })
      .sort({ _id: 1 })
      .limit(limit)
      .lean<Holder[]>()
      .exec();
    return rows.map((row) => ({ source, row }));
  }

  /**
   * Each document's entries in their array order (the order its writes landed); across documents, the
   * earliest entry first, so what a crash left joins the chain in the order it took effect.
   */
  private async chainInOrder(held: Held[]): Promise<number> {
    const queues = held
      .map(({ source, row }) => ({ source, id: row._id, entries: [...(row.auditOutbox ?? [])] }))
      .filter((q) => q.entries.length > 0);
    let chained = 0;
    for (;;) {
      const next = queues
        .filter((q) => q.entries.length > 0)
        .sort((a, b) => at(a.entries[0]) - at(b.entries[0]))[0];
      if (!next) return chained;
      const entry = next.entries.shift() as PendingAudit;
      await this.log.appendOnce(entry);
      // No version bump and no timestamp: a change at the version another caller read stays valid.
      await this.models[next.source]
        .updateOne(
          { _id: next.id },
          { $pull: { [AUDIT_OUTBOX_FIELD]: { id: entry.id } } },
          { timestamps: false },
        )
        .exec();
      chained++;
    }
  }
}

const at = (entry: PendingAudit | undefined): number => new Date(entry?.at ?? 0).getTime();
