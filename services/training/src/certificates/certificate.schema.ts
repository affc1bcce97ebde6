import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { SchemaTypes, type Types } from 'mongoose';
import { BRAZILIAN_UFS, TRAINING_AUDIENCES, type TrainingAudience, type Uf } from '@elo/contracts';

/**
 * A certificate: what the public lookup shows (name, course, hours, date, issuer), plus the
 * non-identifying fields the indicators are counted by. One per enrolment (unique index).
 */
@Schema({ collection: 'certificates', timestamps: true, versionKey: false, strict: 'throw' })
export class CertificateRecord {
  /** 120 random bits, base32: unguessable. */
  @Prop({ required: true, unique: true }) code!: string;
  @Prop({ type: SchemaTypes.ObjectId, required: true }) eventId!: Types.ObjectId;
  @Prop({ type: SchemaTypes.ObjectId, required: true, unique: true }) enrolmentId!: Types.ObjectId;
  @Prop({ required: true }) participantName!: string;
  @Prop({ required: true }) course!: string;
  @Prop({ required: true }) hours!: number;
  /** Completion day in the course's time zone, YYYY-MM-DD. */
  @Prop({ required: true }) date!: string;
  @Prop({ required: true }) issuer!: string;
  @Prop({ type: String, required: true, enum: TRAINING_AUDIENCES }) audience!: TrainingAudience;
  @Prop({ type: String, enum: BRAZILIAN_UFS }) uf?: Uf;
  @Prop() institutionId?: string;
  @Prop({ type: [String], default: [] }) activityCodes!: string[];
  @Prop({ required: true }) year!: number;
  @Prop({ required: true, default: false }) demo!: boolean;
}

export const CertificateSchema = SchemaFactory.createForClass(CertificateRecord);
CertificateSchema.index({ eventId: 1 });
CertificateSchema.index({ year: 1, activityCodes: 1 });

export type CertificateRow = CertificateRecord & { _id: Types.ObjectId };
export type NewCertificate = Omit<CertificateRecord, 'code'>;
