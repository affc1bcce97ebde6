import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { EVIDENCE_KINDS, type EvidenceKind } from '@elo/contracts';
import { AGGREGATE_SCHEMA_OPTIONS } from '@elo/persistence';
import { ParticipantRecord } from '../activities/activity.schema';

/**
 * One evidence entry of one activity, in its own collection: an activity may gather thousands. The key
 * is the entry's id, derived from its source (`event-<event id>`, `report-<report id>-<n>`), so one
 * source leaves at most one entry per activity, however often it is delivered.
 */
@Schema({ ...AGGREGATE_SCHEMA_OPTIONS, collection: 'evidence' })
export class EvidenceEntryRecord {
  @Prop({ required: true }) activityCode!: string;
  /** The entry's id within the activity (the contract's `id`). */
  @Prop({ required: true }) key!: string;
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
  /**
   * False from the entry's first write until the activity has counted it (the second write): lists show
   * applied entries only, and a redelivery finishes an entry left unapplied by a crash.
   */
  @Prop({ required: true, default: false }) applied!: boolean;

  createdAt!: Date;
  updatedAt!: Date;
}

export const EvidenceEntrySchema = SchemaFactory.createForClass(EvidenceEntryRecord);
EvidenceEntrySchema.index({ activityCode: 1, key: 1 }, { unique: true });
EvidenceEntrySchema.index({ activityCode: 1, applied: 1, _id: 1 });
