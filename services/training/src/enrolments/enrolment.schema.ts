import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { SchemaTypes, type Types } from 'mongoose';
import { BRAZILIAN_UFS, TRAINING_AUDIENCES, type TrainingAudience, type Uf } from '@elo/contracts';

/**
 * One person's enrolment in a course: personal data, never carried by an event. Whether they hold a
 * seat or wait is the course's seat lists; `cancelled` is set before they leave them.
 */
@Schema({ collection: 'enrolments', timestamps: true, versionKey: false, strict: 'throw' })
export class EnrolmentRecord {
  @Prop({ type: SchemaTypes.ObjectId, required: true }) eventId!: Types.ObjectId;
  @Prop({ required: true }) name!: string;
  /** Lower-cased: one enrolment per email and course (unique index). */
  @Prop({ required: true }) email!: string;
  @Prop() cpf?: string;
  @Prop() institutionId?: string;
  @Prop({ type: String, required: true, enum: TRAINING_AUDIENCES }) audience!: TrainingAudience;
  @Prop({ type: String, enum: BRAZILIAN_UFS }) uf?: Uf;
  @Prop({ required: true, default: false }) cancelled!: boolean;
  @Prop({ type: [String], default: [] }) attendedSessionIds!: string[];

  createdAt!: Date;
  updatedAt!: Date;
}

export const EnrolmentSchema = SchemaFactory.createForClass(EnrolmentRecord);
EnrolmentSchema.index({ eventId: 1, email: 1 }, { unique: true });

export type EnrolmentRow = EnrolmentRecord & { _id: Types.ObjectId };
