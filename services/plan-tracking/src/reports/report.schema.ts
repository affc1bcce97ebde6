import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { REPORT_STATUSES, type EloCloudEvent, type ReportStatus } from '@elo/contracts';
import { OUTBOX_PROP, indexOutbox } from '@elo/events';
import { AGGREGATE_SCHEMA_OPTIONS } from '@elo/persistence';

const NESTED = { _id: false, strict: 'throw' } as const;

@Schema(NESTED)
export class ActorRecord {
  @Prop({ required: true }) clientId!: string;
  @Prop({ required: true }) institutionId!: string;
}

@Schema(NESTED)
export class ReportIndicatorValueRecord {
  @Prop({ required: true }) indicatorKey!: string;
  @Prop({ required: true }) value!: number;
}

@Schema(NESTED)
export class ReportEvidenceRecord {
  @Prop({ required: true }) title!: string;
  @Prop() url?: string;
  @Prop() description?: string;
}

const ActorSchema = SchemaFactory.createForClass(ActorRecord);

/** A progress report for one period: pending until a coordinator approves or returns it. */
@Schema({ ...AGGREGATE_SCHEMA_OPTIONS, collection: 'reports' })
export class ReportRecord {
  @Prop({ required: true }) activityCode!: string;
  @Prop({ required: true }) period!: string;
  @Prop({ required: true, min: 0, max: 100 }) progress!: number;
  @Prop({ required: true }) narrative!: string;
  @Prop({ type: [SchemaFactory.createForClass(ReportIndicatorValueRecord)], default: [] })
  indicatorValues!: ReportIndicatorValueRecord[];
  @Prop({ type: [SchemaFactory.createForClass(ReportEvidenceRecord)], default: [] })
  evidence!: ReportEvidenceRecord[];
  @Prop({ type: String, required: true, enum: REPORT_STATUSES, default: 'pending' }) status!: ReportStatus;
  @Prop({ type: ActorSchema, required: true }) submittedBy!: ActorRecord;
  @Prop({ type: ActorSchema }) decidedBy?: ActorRecord;
  @Prop() decidedAt?: Date;
  @Prop() reason?: string;
  /** Approved and already applied to the activity; false marks an approval still to apply (resumable). */
  @Prop({ required: true, default: false }) applied!: boolean;
  @Prop(OUTBOX_PROP) outbox!: EloCloudEvent[];

  createdAt!: Date;
  updatedAt!: Date;
}

export const ReportSchema = SchemaFactory.createForClass(ReportRecord);
ReportSchema.index({ activityCode: 1, _id: 1 });
ReportSchema.index({ status: 1, applied: 1 });
indexOutbox(ReportSchema);
