import { Injectable, Logger } from '@nestjs/common';
import { InjectModel, Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { PARTNERSHIP_KINDS, type EloCloudEvent, type PartnershipKind } from '@elo/contracts';
import { OnEvent } from '@elo/events';
import { knownIds } from '@elo/persistence';

/**
 * The agreements a course may name as its partnership, learnt from `partnership.signed` (event-carried
 * state, like the institutions): the partnerships service is never called. Every agreement past its
 * negotiation announces its signature once, seeded ones included, so a draft cannot be named yet.
 */
@Schema({ collection: 'partnerships', versionKey: false, strict: 'throw' })
export class PartnershipCopyRecord {
  /** The partnerships service's id. */
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) title!: string;
  @Prop({ type: String, required: true, enum: PARTNERSHIP_KINDS }) kind!: PartnershipKind;
  @Prop({ required: true }) signedAt!: Date;
}
export const PartnershipCopySchema = SchemaFactory.createForClass(PartnershipCopyRecord);

@Injectable()
export class PartnershipCopy {
  private readonly logger = new Logger('PartnershipCopy');

  constructor(
    @InjectModel(PartnershipCopyRecord.name) private readonly model: Model<PartnershipCopyRecord>,
  ) {}

  /** An upsert by id: a redelivered or repeated signature leaves one record. */
  @OnEvent('partnership.signed', { name: 'copy-partnership-signed' })
  async signed(event: EloCloudEvent<'partnership.signed'>): Promise<void> {
    const d = event.data;
    await this.model
      .updateOne(
        { _id: d.partnershipId },
        { $set: { title: d.title, kind: d.kind, signedAt: new Date(d.signedAt) } },
        { upsert: true },
      )
      .exec();
    this.logger.debug({ msg: 'partnership known', id: d.partnershipId });
  }

  /** Which of these agreements the partnerships service has announced as signed. */
  known(ids: readonly string[]): Promise<Set<string>> {
    return knownIds(this.model, ids);
  }
}
