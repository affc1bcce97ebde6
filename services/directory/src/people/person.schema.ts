import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { PERSON_STATUSES, ROLES, type PersonStatus, type Role } from '@elo/contracts';
import { AGGREGATE_SCHEMA_OPTIONS } from '@elo/persistence';

@Schema({ _id: false, strict: 'throw' })
export class SealedTotpRecord {
  @Prop({ required: true }) iv!: string;
  @Prop({ required: true }) data!: string;
  @Prop({ required: true }) tag!: string;
}
const SealedTotpSchema = SchemaFactory.createForClass(SealedTotpRecord);

/** A person's account. Secrets stay in this file and the repository: reads map to `Person`. */
@Schema({ ...AGGREGATE_SCHEMA_OPTIONS, collection: 'people' })
export class PersonRecord {
  @Prop({ required: true, trim: true }) name!: string;
  /** Lowercase; one account per email. */
  @Prop({ required: true, unique: true }) email!: string;
  @Prop({ required: true }) institutionId!: string;
  @Prop({ type: [String], enum: ROLES, required: true }) roles!: Role[];
  @Prop({ type: String, enum: PERSON_STATUSES, required: true }) status!: PersonStatus;
  /** argon2id (`$argon2id$…`); null until the invitation is accepted. */
  @Prop({ type: String, default: null }) passwordHash!: string | null;
  /** Made with the invitation (shown through its link), sealed with DIRECTORY_TOTP_KEY. */
  @Prop({ type: SealedTotpSchema, required: true }) totpSecret!: SealedTotpRecord;
  @Prop({ type: Boolean, default: false }) totpEnabled!: boolean;
  /** Set by the person's own enrolment (a new secret) until a code confirms it. */
  @Prop({ type: Boolean, default: false }) totpEnrolling!: boolean;
  /** The last TOTP time step used: a code is accepted once. */
  @Prop({ type: Number, default: -1 }) totpLastStep!: number;
  /** Failed sign-ins in a row, and the temporary lock they cause. */
  @Prop({ type: Number, default: 0 }) failedAttempts!: number;
  @Prop({ type: Date, default: null }) lockedUntil!: Date | null;
  /** An admin's disable under way (the last-admin check): set before counting the others, cleared by the write. */
  @Prop({ type: Date, default: null }) disablingSince!: Date | null;
  /** SHA-256 (base64url) of the pending invitation's token; null once accepted. */
  @Prop({ type: String, default: null }) invitationHash!: string | null;
  @Prop({ type: Date, default: null }) invitationExpiresAt!: Date | null;
  createdAt!: Date;
  updatedAt!: Date;
}

export const PersonSchema = SchemaFactory.createForClass(PersonRecord);
PersonSchema.index(
  { invitationHash: 1 },
  { unique: true, partialFilterExpression: { invitationHash: { $type: 'string' } } },
);
