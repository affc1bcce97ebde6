import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { EloCloudEvent } from '@elo/contracts';
import { OUTBOX_PROP, indexOutbox } from '@elo/events';
import { AGGREGATE_SCHEMA_OPTIONS } from '@elo/persistence';

@Schema({ _id: false, strict: 'throw' })
export class SealedSecretRecord {
  @Prop({ required: true }) iv!: string;
  @Prop({ required: true }) data!: string;
  @Prop({ required: true }) tag!: string;
}
const SealedSecretSchema = SchemaFactory.createForClass(SealedSecretRecord);

/** One webhook endpoint of one institution. Secrets are stored sealed (AES-256-GCM), never in clear. */
@Schema({ ...AGGREGATE_SCHEMA_OPTIONS, collection: 'endpoints' })
export class EndpointRecord {
  @Prop({ required: true }) institutionId!: string;
  @Prop({ required: true }) url!: string;
  @Prop() description?: string;
  @Prop({ type: [String], default: [] }) eventTypes!: string[];
  @Prop({ required: true }) enabled!: boolean;
  @Prop({ required: true, default: false }) coordination!: boolean;
  @Prop({ type: String, enum: ['gone', 'failing'] }) disabledReason?: 'gone' | 'failing';
  @Prop({ type: SealedSecretSchema, required: true }) secret!: SealedSecretRecord;
  /** The secret before the last rotation: it signs beside the new one until it expires. */
  @Prop({ type: SealedSecretSchema }) previousSecret?: SealedSecretRecord;
  @Prop() previousSecretExpiresAt?: Date;
  /** The first failure since the last success: failing for the configured span disables the endpoint. */
  @Prop({ type: Date, default: null }) failingSince!: Date | null;
  @Prop(OUTBOX_PROP) outbox!: EloCloudEvent[];

  createdAt!: Date;
  updatedAt!: Date;
}

export const EndpointSchema = SchemaFactory.createForClass(EndpointRecord);
EndpointSchema.index({ institutionId: 1 });
EndpointSchema.index({ enabled: 1, coordination: 1 });
indexOutbox(EndpointSchema);
