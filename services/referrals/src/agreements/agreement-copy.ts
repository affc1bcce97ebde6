import { Injectable, Logger } from '@nestjs/common';
import { InjectModel, Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { SchemaTypes, trusted, type Model } from 'mongoose';
import type { DataSharingChanged, EloCloudEvent } from '@elo/contracts';
import { OnEvent } from '@elo/events';
import { isDuplicateKeyError } from '@elo/persistence';
import type { AgreementTerms } from '../sharing/sharing-rule';

/** The latest data-sharing terms of each agreement, from `partnership.data-sharing-changed`. */
@Schema({ collection: 'agreements', versionKey: false, strict: 'throw' })
export class AgreementCopyRecord {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) version!: number;
  @Prop({ required: true }) inForce!: boolean;
  @Prop({ type: [String], index: true }) institutionIds!: string[];
  @Prop({ type: SchemaTypes.Mixed, default: null }) terms!: DataSharingChanged['terms'];
}
export const AgreementCopySchema = SchemaFactory.createForClass(AgreementCopyRecord);

@Injectable()
export class AgreementCopy {
  private readonly logger = new Logger('AgreementCopy');

  constructor(@InjectModel(AgreementCopyRecord.name) private readonly model: Model<AgreementCopyRecord>) {}

  /** Keeps the change only if newer than the stored one: idempotent, and out-of-order safe. */
  @OnEvent('partnership.data-sharing-changed', { name: 'copy-data-sharing' })
  async changed(event: EloCloudEvent<'partnership.data-sharing-changed'>): Promise<void> {
    const d = event.data;
    try {
      await this.model
        .updateOne(
          { _id: d.partnershipId, version: trusted({ $lt: d.version }) },
          {
            $set: {
              version: d.version,
              inForce: d.inForce,
              institutionIds: d.institutionIds,
              terms: d.terms,
            },
          },
          { upsert: true },
        )
        .exec();
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      this.logger.debug({
        msg: 'stale data-sharing change ignored',
        id: d.partnershipId,
        version: d.version,
      });
    }
  }

  /** The agreements both institutions are party to. */
  between(a: string, b: string): Promise<AgreementTerms[]> {
    return this.model
      .find({ institutionIds: trusted({ $all: [a, b] }) }, { inForce: 1, terms: 1 })
      .lean<AgreementTerms[]>()
      .exec();
  }
}
