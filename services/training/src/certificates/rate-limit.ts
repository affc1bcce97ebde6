import { Injectable } from '@nestjs/common';
import { InjectModel, Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { DomainError } from '@elo/contracts';
import { isDuplicateKeyError } from '@elo/persistence';
import { Clock } from '../common/clock';

const WINDOW_MS = 60_000;

/** One counter per key and minute, shared by every replica; expired windows are swept by a TTL index. */
@Schema({ collection: 'rate_windows', versionKey: false, timestamps: false, strict: 'throw' })
export class RateWindowRecord {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) count!: number;
  @Prop({ required: true }) expiresAt!: Date;
}

export const RateWindowSchema = SchemaFactory.createForClass(RateWindowRecord);
RateWindowSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });

@Injectable()
export class RateLimiter {
  constructor(
    @InjectModel(RateWindowRecord.name) private readonly model: Model<RateWindowRecord>,
    private readonly clock: Clock,
  ) {}

  /** Counts one call for `key`; COMMON.RATE_LIMITED once more than `limit` fall in the current minute. */
  async hit(key: string, limit: number): Promise<void> {
    const now = this.clock.now().getTime();
    const window = Math.floor(now / WINDOW_MS) * WINDOW_MS;
    const id = `${key}:${window}`;
    const update = { $inc: { count: 1 }, $setOnInsert: { expiresAt: new Date(window + 2 * WINDOW_MS) } };
    let row: RateWindowRecord | null;
    try {
      row = await this.model
        .findOneAndUpdate({ _id: id }, update, { upsert: true, returnDocument: 'after' })
        .lean<RateWindowRecord>()
        .exec();
    } catch (error) {
      // Two first calls of a window raced to insert it: the loser's update now finds it.
      if (!isDuplicateKeyError(error)) throw error;
      row = await this.model
        .findOneAndUpdate({ _id: id }, update, { returnDocument: 'after' })
        .lean<RateWindowRecord>()
        .exec();
    }
    if (row && row.count > limit) {
      throw new DomainError(
        'COMMON.RATE_LIMITED',
        'Too many certificate lookups from this address; try again in a minute.',
      );
    }
  }
}
