import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { trusted, Types, type Model } from 'mongoose';
import type { Case, CaseCore, RecordedConsent } from '@elo/contracts';
import { OwnedAggregateRepository, type AggregateRow, type InstitutionScope } from '@elo/persistence';
import { AUDIT_OUTBOX_FIELD, pushAudit, type PendingAudit } from '../audit/audit-outbox';
import type { BlindIndexes, SealedIdentifiers } from '../crypto/identifier-cipher';
import { CaseRecord } from './case.schema';

type CaseRow = AggregateRow<CaseRecord>;

const isObjectIdHex = (id: string) => /^[0-9a-f]{24}$/i.test(id);

function toCase(row: CaseRow): Case {
  return {
    id: String(row._id),
    institutionId: row.institutionId,
    core: row.core,
    consent: row.consent,
    version: row.__v,
    createdAt: row.createdAt.toISOString(),
    ...(row.identifiersErasedAt ? { identifiersErasedAt: row.identifiersErasedAt.toISOString() } : {}),
  };
}

/** A case's sealed identifiers, or when retention erased them. */
export interface HeldIdentifiers {
  identifiers: SealedIdentifiers;
  identifiersErasedAt?: Date;
}

export interface PendingSharingReview {
  caseId: string;
  institutionId: string;
  consentRecordedAt: string;
}

export interface NewCase {
  id: Types.ObjectId;
  core: CaseCore;
  consent: RecordedConsent;
  identifiers: SealedIdentifiers;
  blind: BlindIndexes;
}

/** Cases belong to the institution that created them; every read and write is scoped to it. */
@Injectable()
export class CaseRepository extends OwnedAggregateRepository<CaseRecord, Case> {
  constructor(@InjectModel(CaseRecord.name) private readonly cases: Model<CaseRecord>) {
    super(cases, null);
  }

  protected toContract(row: CaseRow): Case {
    return toCase(row);
  }

  /** Inserts the case with its audit entry in the one write (`AuditRelay` chains it). */
  create(scope: InstitutionScope, doc: NewCase, audit: PendingAudit): Promise<Case> {
    const { id, ...rest } = doc;
    return this.insert(scope, { _id: id, ...rest, [AUDIT_OUTBOX_FIELD]: [audit] } as Partial<CaseRecord>);
  }

  get(scope: InstitutionScope, id: string): Promise<Case | null> {
    return this.findOne(scope, { _id: new Types.ObjectId(id) });
  }

  /** The sealed identifiers of an owned case (null when the case is not the scope's). */
  sealed(scope: InstitutionScope, id: string): Promise<HeldIdentifiers | null> {
    return this.cases
      .findOne(
        { _id: new Types.ObjectId(id), institutionId: scope.institutionId },
        { identifiers: 1, identifiersErasedAt: 1 },
      )
      .lean<HeldIdentifiers>()
      .exec();
  }

  /** Owned cases whose CPF or passport blind index matches. */
  async findByIndex(scope: InstitutionScope, field: 'cpf' | 'passport', index: string): Promise<Case[]> {
    const rows = await this.cases
      .find(
        { institutionId: scope.institutionId, [`blind.${field}`]: index },
        { identifiers: 0, blind: 0, consentHistory: 0, [AUDIT_OUTBOX_FIELD]: 0 },
      )
      .sort({ _id: 1 })
      .limit(50)
      .lean<CaseRow[]>()
      .exec();
    return rows.map(toCase);
  }

  /**
   * The core of a case whoever owns it: for a referral's parties and coordinators, once the referral
   * has said they may see it. Never the identifiers.
   */
  async coreAcrossInstitutions(id: string): Promise<CaseCore | null> {
    const row = await this.cases.findById(id, { core: 1 }).lean<{ core: CaseCore }>().exec();
    return row?.core ?? null;
  }

  /**
   * The current consent and the sealed identifiers of a case whoever owns it, for a receiver the
   * sharing decision allows (who is refused when the consent no longer grounds the sharing).
   */
  heldAcrossInstitutions(id: string): Promise<(HeldIdentifiers & { consent: RecordedConsent }) | null> {
    return this.cases
      .findById(id, { consent: 1, identifiers: 1, identifiersErasedAt: 1 })
      .lean<HeldIdentifiers & { consent: RecordedConsent }>()
      .exec();
  }

  /**
   * Replaces the consent at `version`, keeping the one it replaces in the history; its audit entry is
   * stored in the same write, so the change never stands without it.
   */
  changeConsent(
    scope: InstitutionScope,
    id: string,
    version: number,
    change: { consent: RecordedConsent; previous: RecordedConsent; audit: PendingAudit },
  ): Promise<Case | null> {
    const update = pushAudit(
      {
        $set: { consent: change.consent, sharingReviewPending: true },
        $push: { consentHistory: change.previous },
      },
      [change.audit],
    );
    return this.updateAtVersion(scope, { _id: new Types.ObjectId(id) }, version, update);
  }

  /** Cases whose referrals await a new sharing decision after a consent change (a system job's read). */
  pendingSharingReviews(limit: number): Promise<PendingSharingReview[]> {
    return this.cases
      .find({ sharingReviewPending: true }, { institutionId: 1, 'consent.recordedAt': 1 })
      .limit(limit)
      .lean<{ _id: Types.ObjectId; institutionId: string; consent: { recordedAt: string } }[]>()
      .exec()
      .then((rows) =>
        rows.map((row) => ({
          caseId: String(row._id),
          institutionId: row.institutionId,
          consentRecordedAt: row.consent.recordedAt,
        })),
      );
  }

  /** Clears the mark, unless consent changed again meanwhile (that change's review is still owed). */
  async settleSharingReview(scope: InstitutionScope, review: PendingSharingReview): Promise<void> {
    await this.cases
      .updateOne(
        {
          _id: new Types.ObjectId(review.caseId),
          institutionId: scope.institutionId,
          'consent.recordedAt': review.consentRecordedAt,
        },
        { $set: { sharingReviewPending: false } },
      )
      .exec();
  }

  /** The earlier consent states of an owned case, oldest first. */
  async consentHistory(scope: InstitutionScope, id: string): Promise<RecordedConsent[]> {
    const row = await this.cases
      .findOne({ _id: new Types.ObjectId(id), institutionId: scope.institutionId }, { consentHistory: 1 })
      .lean<{ consentHistory?: RecordedConsent[] }>()
      .exec();
    return row?.consentHistory ?? [];
  }

  /**
   * Cases still holding identifiers, unchanged since `cutoff`, other than `excluded` (those with a
   * referral still open or changed since): oldest change first, at most `limit`.
   */
  async unchangedSince(cutoff: Date, excluded: readonly string[], limit: number): Promise<Types.ObjectId[]> {
    const rows = await this.cases
      .find(
        {
          identifiersErasedAt: trusted({ $exists: false }),
          updatedAt: trusted({ $lte: cutoff }),
          _id: trusted({ $nin: excluded.filter(isObjectIdHex).map((id) => new Types.ObjectId(id)) }),
        },
        { _id: 1 },
      )
      .sort({ updatedAt: 1, _id: 1 })
      .limit(limit)
      .lean<{ _id: Types.ObjectId }[]>()
      .exec();
    return rows.map((row) => row._id);
  }

  /**
   * Erases the identifiers and their blind indexes, with the audit entry, in one write guarded by the
   * case still being unchanged since `cutoff` and not yet erased: a case changed meanwhile is kept, and
   * of two replicas only the first erases (and audits).
   */
  async eraseIdentifiers(id: Types.ObjectId, cutoff: Date, at: Date, audit: PendingAudit): Promise<boolean> {
    const result = await this.cases
      .updateOne(
        { _id: id, identifiersErasedAt: trusted({ $exists: false }), updatedAt: trusted({ $lte: cutoff }) },
        pushAudit({ $set: { identifiers: {}, blind: {}, identifiersErasedAt: at }, $inc: { __v: 1 } }, [
          audit,
        ]),
      )
      .exec();
    return result.modifiedCount === 1;
  }

  /** Every case's core, for statistics (counts only leave the service, suppressed). */
  allCores(): Promise<{ core: CaseCore }[]> {
    return this.cases.find({}, { core: 1 }).lean<{ core: CaseCore }[]>().exec();
  }
}
