import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import {
  ACTIVITY_STATUSES,
  EVIDENCE_KINDS,
  TRAINING_AUDIENCES,
  type ActivityStatus,
  type EloCloudEvent,
  type EvidenceKind,
  type TrainingAudience,
} from '@elo/contracts';
import { OUTBOX_PROP, indexOutbox } from '@elo/events';
import { AGGREGATE_SCHEMA_OPTIONS } from '@elo/persistence';

const NESTED = { _id: false, strict: 'throw' } as const;

@Schema(NESTED)
export class IndicatorValueRecord {
  @Prop({ required: true }) period!: string;
  @Prop({ required: true }) value!: number;
}

@Schema(NESTED)
export class IndicatorRecord {
  @Prop({ required: true }) key!: string;
  @Prop({ required: true }) name!: string;
  @Prop({ required: true }) unit!: string;
  @Prop({ required: true }) baseline!: number;
  @Prop({ required: true }) target!: number;
  @Prop({ required: true, default: false }) countsPeopleTrained!: boolean;
  @Prop({ type: [String], enum: TRAINING_AUDIENCES, default: undefined }) audiences?: TrainingAudience[];
  @Prop({ type: [SchemaFactory.createForClass(IndicatorValueRecord)], default: [] })
  values!: IndicatorValueRecord[];
}

@Schema(NESTED)
export class ParticipantRecord {
  @Prop({ type: String, required: true, enum: TRAINING_AUDIENCES }) audience!: TrainingAudience;
  @Prop({ required: true }) count!: number;
}

@Schema(NESTED)
export class EvidenceRecord {
  @Prop({ required: true }) id!: string;
  @Prop({ type: String, required: true, enum: EVIDENCE_KINDS }) kind!: EvidenceKind;
  @Prop({ required: true }) title!: string;
  @Prop({ required: true }) date!: Date;
  @Prop() description?: string;
  @Prop() url?: string;
  @Prop() sourceId?: string;
  @Prop() sourceEventId?: string;
  @Prop({ type: [SchemaFactory.createForClass(ParticipantRecord)], default: undefined })
  participants?: ParticipantRecord[];
  @Prop({ type: [String], default: undefined }) institutionIds?: string[];
}

/** The activity aggregate: the plan's text plus everything the network tracks about it. */
@Schema({ ...AGGREGATE_SCHEMA_OPTIONS, collection: 'activities' })
export class ActivityRecord {
  @Prop({ required: true, unique: true }) code!: string;
  /** Zero-padded code ("002.005.001"): the list order and the page cursor. */
  @Prop({ required: true, unique: true }) sortKey!: string;
  @Prop({ required: true }) axis!: number;
  @Prop({ required: true }) action!: string;
  @Prop({ required: true }) text!: string;
  /** Code and text without case or accents, for `q`. */
  @Prop({ required: true }) searchText!: string;
  @Prop({ type: String, required: true, enum: ACTIVITY_STATUSES, default: 'not_started' })
  status!: ActivityStatus;
  @Prop({ required: true, min: 0, max: 100, default: 0 }) progress!: number;
  @Prop() progressPeriod?: string;
  @Prop() leadInstitutionId?: string;
  @Prop({ type: [String], default: [] }) partnerInstitutionIds!: string[];
  /** YYYY-MM-DD: compared as strings with today's UTC day. */
  @Prop() startDate?: string;
  @Prop() dueDate?: string;
  @Prop({ type: [SchemaFactory.createForClass(IndicatorRecord)], default: [] })
  indicators!: IndicatorRecord[];
  /** The latest LATEST_EVIDENCE entries; every entry is in the evidence collection. */
  @Prop({ type: [SchemaFactory.createForClass(EvidenceRecord)], default: [] }) evidence!: EvidenceRecord[];
  @Prop({ required: true, min: 0, default: 0 }) evidenceCount!: number;
  /**
   * Keys of event evidence counted here whose entry is not yet marked applied: the guard that keeps a
   * redelivery from counting it twice. Emptied as each recording finishes, so it stays small.
   */
  @Prop({ type: [String], default: [] }) evidenceInFlight!: string[];
  /** Approved reports already applied: applying one is idempotent. */
  @Prop({ type: [String], default: [] }) appliedReportIds!: string[];
  /** Set in the write that queues `activity.overdue`, reset when the due date moves: once per due date. */
  @Prop({ type: Date, default: null }) overdueNotifiedAt!: Date | null;
  @Prop(OUTBOX_PROP) outbox!: EloCloudEvent[];

  createdAt!: Date;
  updatedAt!: Date;
}

export const ActivitySchema = SchemaFactory.createForClass(ActivityRecord);
ActivitySchema.index({ axis: 1, sortKey: 1 });
ActivitySchema.index({ leadInstitutionId: 1 });
ActivitySchema.index({ partnerInstitutionIds: 1 });
ActivitySchema.index({ dueDate: 1, overdueNotifiedAt: 1 });
indexOutbox(ActivitySchema);
