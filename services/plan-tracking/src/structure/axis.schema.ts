import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

@Schema({ collection: 'axes', timestamps: true, versionKey: false, strict: 'throw' })
export class AxisRecord {
  @Prop({ required: true, unique: true })
  number!: number;

  @Prop({ required: true })
  title!: string;

  @Prop({ required: true })
  description!: string;

  createdAt!: Date;
  updatedAt!: Date;
}

export const AxisSchema = SchemaFactory.createForClass(AxisRecord);
