import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { SchemaTypes } from 'mongoose';
import {
  REFERRAL_SERVICES,
  REFERRAL_STATUSES,
  REFERRAL_URGENCIES,
  type EloCloudEvent,
  type ReferralServiceNeeded,
  type ReferralStatus,
  type ReferralUrgency,
  type SharingDecision,
} from '@elo/contracts';
import { OUTBOX_PROP, indexOutbox } from '@elo/events';
import { AUDIT_OUTBOX_PROP, indexAuditOutbox, type PendingAudit } from '../audit/audit-outbox';

export interface TransitionEntry {
  from: ReferralStatus;
  to: ReferralStatus;
  at: Date;
  clientId: string;
  institutionId: string;
}

@Schema({ collection: 'referrals', timestamps: true, strict: 'throw' })
export class ReferralRecord {
  @Prop({ required: true }) caseId!: string;
  @Prop({ required: true, index: true }) senderInstitutionId!: string;
  @Prop({ required: true, index: true }) receiverInstitutionId!: string;
  @Prop({ type: String, required: true, enum: REFERRAL_SERVICES }) service!: ReferralServiceNeeded;
  @Prop({ type: String, required: true, enum: REFERRAL_URGENCIES }) urgency!: ReferralUrgency;
  @Prop({ type: String, required: true, enum: REFERRAL_STATUSES }) status!: ReferralStatus;
  @Prop({ required: true }) sentAt!: Date;
  @Prop({ required: true, index: true }) deadline!: Date;
  /** Set once, by whichever replica claims the escalation first. */
  @Prop() overdueAt?: Date;
  /** The sharing decision, made by the server when the referral was sent, with its reason. */
  @Prop({ type: SchemaTypes.Mixed, required: true }) sharing!: SharingDecision;
  @Prop() note?: string;
  @Prop() reason?: string;
  @Prop() outcome?: string;
  @Prop({ type: [SchemaTypes.Mixed], default: [] }) transitions!: TransitionEntry[];
  @Prop(OUTBOX_PROP) outbox!: EloCloudEvent[];
  /** Audit entries written with the change they describe, until `AuditRelay` has chained them. */
  @Prop(AUDIT_OUTBOX_PROP) auditOutbox!: PendingAudit[];
  createdAt!: Date;
  updatedAt!: Date;
}
export const ReferralSchema = SchemaFactory.createForClass(ReferralRecord);
indexOutbox(ReferralSchema);
indexAuditOutbox(ReferralSchema);
