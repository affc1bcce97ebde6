import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { MESSAGE_STATUSES, type MessageStatus } from '@elo/contracts';
import { AGGREGATE_SCHEMA_OPTIONS } from '@elo/persistence';

/**
 * One event for one endpoint. Written before the event is acked to JetStream, so an accepted event is
 * never lost; one row per (endpoint, event) whatever the redeliveries. A replica claims a due row by
 * setting `leaseOwner`/`leaseUntil` in one write, so two replicas never run the same attempt.
 */
@Schema({ ...AGGREGATE_SCHEMA_OPTIONS, collection: 'messages' })
export class MessageRecord {
  @Prop({ required: true }) endpointId!: string;
  @Prop({ required: true }) institutionId!: string;
  @Prop({ required: true }) eventId!: string;
  @Prop({ required: true }) eventType!: string;
  /** The `webhook-id`: the same on every attempt. */
  @Prop({ required: true }) webhookId!: string;
  /** The exact body signed and sent. */
  @Prop({ required: true }) payload!: string;
  @Prop({ type: String, required: true, enum: MESSAGE_STATUSES }) status!: MessageStatus;
  /** Attempts since the message was last (re)sent: its place in the retry schedule. */
  @Prop({ required: true, default: 0 }) attempts!: number;
  /**
   * Attempts ever logged, never reset: numbers the log rows, so a replayed message's attempts do not
   * collide with its earlier ones. Optional for rows written before it existed (they equal `attempts`).
   */
  @Prop({ type: Number, default: 0 }) logged?: number;
  @Prop({ type: Date, default: null }) nextAttemptAt!: Date | null;
  @Prop() leaseOwner?: string;
  @Prop({ required: true, default: () => new Date(0) }) leaseUntil!: Date;

  createdAt!: Date;
  updatedAt!: Date;
}

export const MessageSchema = SchemaFactory.createForClass(MessageRecord);
MessageSchema.index({ endpointId: 1, eventId: 1 }, { unique: true });
MessageSchema.index({ status: 1, nextAttemptAt: 1 });
MessageSchema.index({ endpointId: 1, status: 1, createdAt: 1 });

/** The delivery log: one row per attempt, never changed. */
@Schema({ timestamps: false, versionKey: false, strict: 'throw', collection: 'attempts' })
export class AttemptRecord {
  @Prop({ required: true }) messageId!: string;
  @Prop({ required: true }) endpointId!: string;
  @Prop({ required: true }) n!: number;
  @Prop({ required: true }) at!: Date;
  @Prop() status?: number;
  @Prop({ required: true }) durationMs!: number;
  @Prop({ required: true }) succeeded!: boolean;
  // Not `required`: mongoose refuses an empty string there, and many answers have no body.
  @Prop({ type: String, default: '' }) response!: string;
}

export const AttemptSchema = SchemaFactory.createForClass(AttemptRecord);
AttemptSchema.index({ messageId: 1, n: 1 }, { unique: true });
AttemptSchema.index({ endpointId: 1, _id: 1 });
