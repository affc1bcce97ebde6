import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import {
  BRAZILIAN_UFS,
  INSTITUTION_KINDS,
  NETWORKS,
  type EloCloudEvent,
  type InstitutionKind,
  type Network,
  type Uf,
} from '@elo/contracts';
import { OUTBOX_PROP, indexOutbox } from '@elo/events';
import { AGGREGATE_SCHEMA_OPTIONS } from '@elo/persistence';

@Schema({ ...AGGREGATE_SCHEMA_OPTIONS, collection: 'institutions' })
export class InstitutionRecord {
  @Prop({ required: true, trim: true })
  name!: string;

  @Prop({ required: true, trim: true })
  acronym!: string;

  /** Upper-cased acronym: uniqueness ignores case. */
  @Prop({ required: true, unique: true })
  acronymKey!: string;

  @Prop({ type: String, required: true, enum: INSTITUTION_KINDS })
  kind!: InstitutionKind;

  @Prop({ type: String })
  cnpj?: string;

  @Prop({ type: String, enum: BRAZILIAN_UFS })
  uf?: Uf;

  @Prop({ type: String })
  municipalityCode?: string;

  @Prop({ type: [String], enum: NETWORKS, default: [] })
  networks!: Network[];

  /** Events written with the change that caused them; the outbox relay publishes and removes them. */
  @Prop(OUTBOX_PROP)
  outbox!: EloCloudEvent[];

  createdAt!: Date;
  updatedAt!: Date;
}

export const InstitutionSchema = SchemaFactory.createForClass(InstitutionRecord);
InstitutionSchema.index(
  { cnpj: 1 },
  { unique: true, partialFilterExpression: { cnpj: { $type: 'string' } } },
);
InstitutionSchema.index({ kind: 1, _id: 1 });
indexOutbox(InstitutionSchema);
