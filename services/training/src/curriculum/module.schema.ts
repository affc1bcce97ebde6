import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { Types } from 'mongoose';
import { TRAINING_AUDIENCES, type TrainingAudience } from '@elo/contracts';
import { AGGREGATE_SCHEMA_OPTIONS } from '@elo/persistence';

/** A module of the minimum curriculum (activity 1.4.2). */
@Schema({ ...AGGREGATE_SCHEMA_OPTIONS, collection: 'curriculum_modules' })
export class CurriculumModuleRecord {
  @Prop({ required: true }) title!: string;
  @Prop({ required: true }) hours!: number;
  @Prop({ type: [String], required: true }) objectives!: string[];
  @Prop({ type: [String], enum: TRAINING_AUDIENCES, required: true }) audiences!: TrainingAudience[];
  @Prop({ type: [String], default: [] }) activityCodes!: string[];
  @Prop({ required: true, default: false }) demo!: boolean;
  /** Set on seeded modules, so loading the seed again finds them. */
  @Prop() seedKey?: string;

  createdAt!: Date;
  updatedAt!: Date;
}

export const CurriculumModuleSchema = SchemaFactory.createForClass(CurriculumModuleRecord);
CurriculumModuleSchema.index({ seedKey: 1 }, { unique: true, sparse: true });
CurriculumModuleSchema.index({ activityCodes: 1 });

export type CurriculumModuleRow = CurriculumModuleRecord & { _id: Types.ObjectId; __v: number };
