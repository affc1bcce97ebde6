import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

@Schema({ collection: 'actions', timestamps: true, versionKey: false, strict: 'throw' })
export class ActionRecord {
  @Prop({ required: true, unique: true })
  code!: string;

  /** Zero-padded code ("002.005"): the list order and the page cursor. */
  @Prop({ required: true, unique: true })
  sortKey!: string;

  @Prop({ required: true })
  axis!: number;

  @Prop({ required: true })
  title!: string;

  createdAt!: Date;
  updatedAt!: Date;
}

export const ActionSchema = SchemaFactory.createForClass(ActionRecord);
ActionSchema.index({ axis: 1, sortKey: 1 });
