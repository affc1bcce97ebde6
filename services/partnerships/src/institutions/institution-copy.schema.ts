import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { INSTITUTION_KINDS, NETWORKS, type InstitutionKind, type Network } from '@elo/contracts';

/** The local copy of the directory's institutions, kept by `institution.*` events (event-carried state). */
@Schema({ collection: 'institutions', versionKey: false, timestamps: false, strict: 'throw' })
export class InstitutionCopyRecord {
  /** The directory's id. */
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) name!: string;
  @Prop({ required: true }) acronym!: string;
  @Prop({ type: String, required: true, enum: INSTITUTION_KINDS }) kind!: InstitutionKind;
  @Prop() uf?: string;
  @Prop() municipalityCode?: string;
  @Prop({ type: [String], enum: NETWORKS, default: [] }) networks!: Network[];
  /** The directory's version of the snapshot: older or equal snapshots are ignored. */
  @Prop({ required: true }) version!: number;
}

export const InstitutionCopySchema = SchemaFactory.createForClass(InstitutionCopyRecord);
