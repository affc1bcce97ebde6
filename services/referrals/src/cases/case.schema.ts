import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { SchemaTypes } from 'mongoose';
import type { CaseCore, RecordedConsent } from '@elo/contracts';
import { AUDIT_OUTBOX_PROP, indexAuditOutbox, type PendingAudit } from '../audit/audit-outbox';
import type { BlindIndexes, SealedIdentifiers } from '../crypto/identifier-cipher';

/**
 * A case: the pseudonymous core in the clear (HTCDS fields), the identifiers apart and sealed field by
 * field, and blind indexes to find an earlier case of the same person within the owner's cases.
 */
@Schema({ collection: 'cases', timestamps: true, strict: 'throw' })
export class CaseRecord {
  @Prop({ required: true, index: true }) institutionId!: string;
  @Prop({ type: SchemaTypes.Mixed, required: true }) core!: CaseCore;
  /** The current consent state, with who recorded it and when. */
  @Prop({ type: SchemaTypes.Mixed, required: true }) consent!: RecordedConsent;
  /** Earlier consent states, oldest first: what the person agreed to, and when it changed. */
  @Prop({ type: [SchemaTypes.Mixed], default: [] }) consentHistory!: RecordedConsent[];
  /**
   * Set with a consent change, in the same write, and cleared once every referral of the case has its
   * sharing decided again: a process that dies in between leaves the case for the review job.
   */
  @Prop({ type: Boolean, default: false }) sharingReviewPending!: boolean;
  @Prop({ type: SchemaTypes.Mixed, default: {} }) identifiers!: SealedIdentifiers;
  @Prop({ type: SchemaTypes.Mixed, default: {} }) blind!: BlindIndexes;
  /** Audit entries written with the change they describe, until `AuditRelay` has chained them. */
  @Prop(AUDIT_OUTBOX_PROP) auditOutbox!: PendingAudit[];
  /** Set by retention when it erased `identifiers` and `blind` (the core stays, for statistics). */
  @Prop() identifiersErasedAt?: Date;
  createdAt!: Date;
  updatedAt!: Date;
}
export const CaseSchema = SchemaFactory.createForClass(CaseRecord);
CaseSchema.index({ institutionId: 1, 'blind.cpf': 1 }, { sparse: true });
CaseSchema.index({ sharingReviewPending: 1 });
// Retention's candidates: the cases unchanged the longest.
CaseSchema.index({ updatedAt: 1 });
CaseSchema.index({ institutionId: 1, 'blind.passport': 1 }, { sparse: true });
indexAuditOutbox(CaseSchema);
