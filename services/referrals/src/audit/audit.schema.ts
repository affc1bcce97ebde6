import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

export const AUDIT_ACTIONS = [
  'case.created',
  'case.identifiers-read',
  'case.exported',
  'case.consent-changed',
  'case.looked-up',
  'referral.sent',
  'referral.transitioned',
  'referral.identifiers-read',
  'referral.escalated',
  'referral.sharing-changed',
  'case.reencrypted',
  'case.identifiers-erased',
  'keys.rotation-started',
  // A rotation that completed (lines chained before `keys.rotation-started` existed preceded theirs).
  'keys.rotated',
  'keys.rotation-failed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * The service itself, for the writes no caller makes (jobs, re-encryption): a line's `clientId`, with
 * the `system` institution, prefixed as people's client ids are (`person:`). Only these may be claimed.
 */
export const SYSTEM_ACTORS = [
  'system:overdue-escalation',
  'system:sharing-review',
  'system:reencryption',
  'system:retention',
] as const;
export type SystemActor = (typeof SYSTEM_ACTORS)[number];
const SYSTEM_PREFIX = 'system:';

const knownActor = (clientId: string): boolean =>
  !clientId.startsWith(SYSTEM_PREFIX) || (SYSTEM_ACTORS as readonly string[]).includes(clientId);

/**
 * One access to sensitive data. `_id` is the position in the chain: two writers racing for the same
 * position collide on it, so the chain never forks. Entries are only ever inserted.
 */
@Schema({ collection: 'audit', versionKey: false, strict: 'throw' })
export class AuditRecord {
  @Prop({ type: Number, required: true }) _id!: number;
  @Prop({ required: true }) at!: Date;
  /** The verified caller's client id, or a `SystemActor` (institution `system`) for the service's own writes. */
  @Prop({ required: true, validate: { validator: knownActor, message: 'unknown system actor {VALUE}' } })
  clientId!: string;
  @Prop({ required: true }) institutionId!: string;
  @Prop({ type: String, required: true, enum: AUDIT_ACTIONS }) action!: AuditAction;
  @Prop() caseId?: string;
  @Prop() referralId?: string;
  /** Why: required on identifier reads. */
  @Prop() purpose?: string;
  /** The id of the outbox entry this line was chained from (writes only): at most one line per key. */
  @Prop() key?: string;
  /** What the action alone does not say: a key rotation's outcome (what it did, or why it failed). */
  @Prop() detail?: string;
  @Prop({ required: true }) prevHash!: string;
  @Prop({ required: true }) hash!: string;
}
export const AuditSchema = SchemaFactory.createForClass(AuditRecord);
AuditSchema.index({ key: 1 }, { unique: true, sparse: true });
