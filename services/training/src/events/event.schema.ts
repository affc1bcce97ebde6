import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { SchemaTypes, type Types } from 'mongoose';
import {
  BRAZILIAN_UFS,
  BRAZIL_TIMEZONES,
  TRAINING_AUDIENCES,
  TRAINING_MODALITIES,
  TRAINING_STATUSES,
  type BrazilTimezone,
  type EloCloudEvent,
  type TrainingAudience,
  type TrainingModality,
  type TrainingStatus,
  type Uf,
} from '@elo/contracts';
import { OUTBOX_PROP, indexOutbox } from '@elo/events';
import { AGGREGATE_SCHEMA_OPTIONS } from '@elo/persistence';

const NESTED = { _id: false, strict: 'throw' } as const;

@Schema(NESTED)
export class PlaceRecord {
  @Prop({ type: String, required: true, enum: BRAZILIAN_UFS }) uf!: Uf;
  @Prop({ required: true }) municipalityCode!: string;
  @Prop({ required: true }) municipalityName!: string;
}

@Schema(NESTED)
export class SessionRecord {
  /** s1, s2… in start order. */
  @Prop({ required: true }) id!: string;
  /** As the organiser wrote it, with its UTC offset. */
  @Prop({ required: true }) start!: string;
  @Prop({ required: true }) end!: string;
  @Prop({ required: true }) hours!: number;
}

/**
 * A training course. Who holds a seat and who waits are the enrolment ids in `seatHolders` and
 * `waitlist`, in order of arrival: every change to them is one conditional update of this document,
 * so replicas racing for the last seat cannot overbook.
 */
@Schema({ ...AGGREGATE_SCHEMA_OPTIONS, collection: 'training_events' })
export class TrainingEventRecord {
  @Prop({ required: true }) title!: string;
  @Prop() description?: string;
  @Prop({ type: String, required: true, enum: TRAINING_MODALITIES }) modality!: TrainingModality;
  @Prop({ type: SchemaFactory.createForClass(PlaceRecord) }) place?: PlaceRecord;
  @Prop({ type: String, required: true, enum: BRAZIL_TIMEZONES }) timezone!: BrazilTimezone;
  @Prop({ type: [SchemaFactory.createForClass(SessionRecord)], required: true }) sessions!: SessionRecord[];
  @Prop({ required: true }) totalHours!: number;
  @Prop({ required: true, min: 1 }) capacity!: number;
  @Prop({ type: [String], enum: TRAINING_AUDIENCES, required: true }) audiences!: TrainingAudience[];
  @Prop({ required: true }) organiserInstitutionId!: string;
  @Prop({ type: [String], default: [] }) partnerInstitutionIds!: string[];
  @Prop() partnershipId?: string;
  @Prop({ type: [String], default: [] }) instructorIds!: string[];
  @Prop({ type: [String], default: [] }) moduleIds!: string[];
  @Prop({ type: [String], default: [] }) activityCodes!: string[];
  @Prop({ required: true }) minAttendanceShare!: number;
  @Prop({ type: String, required: true, enum: TRAINING_STATUSES, default: 'planned' })
  status!: TrainingStatus;
  @Prop({ type: [SchemaTypes.ObjectId], default: [] }) seatHolders!: Types.ObjectId[];
  @Prop({ type: [SchemaTypes.ObjectId], default: [] }) waitlist!: Types.ObjectId[];
  @Prop({ required: true, default: 0 }) enrolledCount!: number;
  @Prop({ required: true, default: 0 }) waitingCount!: number;
  @Prop({ required: true, default: false }) demo!: boolean;
  /** Set on demo courses: the seed's key, so loading it again finds them. */
  @Prop() seedKey?: string;
  /** Fixed by the first completion attempt, so a retried completion issues the same certificates. */
  @Prop() completedAt?: Date;
  @Prop() cancelledAt?: Date;
  @Prop(OUTBOX_PROP) outbox!: EloCloudEvent[];

  createdAt!: Date;
  updatedAt!: Date;
}

export const TrainingEventSchema = SchemaFactory.createForClass(TrainingEventRecord);
TrainingEventSchema.index({ status: 1 });
TrainingEventSchema.index({ organiserInstitutionId: 1 });
TrainingEventSchema.index({ activityCodes: 1 });
TrainingEventSchema.index({ seedKey: 1 }, { unique: true, sparse: true });
indexOutbox(TrainingEventSchema);

export type TrainingEventRow = TrainingEventRecord & { _id: Types.ObjectId; __v: number };
