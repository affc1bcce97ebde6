import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { Types } from 'mongoose';
import { BRAZILIAN_UFS, type Uf } from '@elo/contracts';
import { AGGREGATE_SCHEMA_OPTIONS } from '@elo/persistence';

const NESTED = { _id: false, strict: 'throw' } as const;

@Schema(NESTED)
export class ConsentRecord {
  @Prop({ required: true }) statement!: string;
  @Prop({ required: true }) recordedAt!: Date;
  /** The API client that recorded it. */
  @Prop({ required: true }) recordedBy!: string;
}

/** One expert of the bank (activity 1.4.3). Removal on request deletes the record. */
@Schema({ ...AGGREGATE_SCHEMA_OPTIONS, collection: 'experts' })
export class ExpertRecord {
  @Prop({ required: true }) name!: string;
  @Prop({ required: true, unique: true }) email!: string;
  @Prop({ required: true }) institutionId!: string;
  @Prop({ type: [String], required: true }) areas!: string[];
  @Prop({ type: [String], required: true }) languages!: string[];
  @Prop({ type: String, enum: BRAZILIAN_UFS }) uf?: Uf;
  @Prop({ type: SchemaFactory.createForClass(ConsentRecord), required: true }) consent!: ConsentRecord;
  @Prop({ required: true, default: false }) demo!: boolean;

  createdAt!: Date;
  updatedAt!: Date;
}

export const ExpertSchema = SchemaFactory.createForClass(ExpertRecord);
ExpertSchema.index({ areas: 1 });

export type ExpertRow = ExpertRecord & { _id: Types.ObjectId; __v: number };
