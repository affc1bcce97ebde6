import { Injectable } from '@nestjs/common';
import { InjectModel, Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { trusted, type Model } from 'mongoose';
import { isDuplicateKeyError } from '@elo/persistence';
import type { DataKeyPurpose, DataKeyRecord, DataKeyStore } from './key-ring';

@Schema({ collection: 'data_keys', versionKey: false, strict: 'throw' })
export class DataKeyDoc {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true, enum: ['field', 'index'] }) purpose!: DataKeyPurpose;
  /** The data key sealed under the master key: never stored in the clear. */
  @Prop({ required: true }) wrapped!: string;
  @Prop({ required: true }) masterKeyId!: string;
  @Prop({ required: true }) active!: boolean;
  @Prop({ required: true }) createdAt!: Date;
}
export const DataKeySchema = SchemaFactory.createForClass(DataKeyDoc);

@Injectable()
export class MongoDataKeyStore implements DataKeyStore {
  constructor(@InjectModel(DataKeyDoc.name) private readonly model: Model<DataKeyDoc>) {}

  all(): Promise<DataKeyRecord[]> {
    return this.model.find({}).lean<DataKeyRecord[]>().exec();
  }

  get(id: string): Promise<DataKeyRecord | null> {
    return this.model.findById(id).lean<DataKeyRecord>().exec();
  }

  async insertIfAbsent(record: DataKeyRecord): Promise<void> {
    try {
      await this.model.create(record);
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  async rewrap(id: string, fromMasterId: string, wrapped: string, toMasterId: string): Promise<boolean> {
    const result = await this.model
      .updateOne({ _id: id, masterKeyId: fromMasterId }, { $set: { wrapped, masterKeyId: toMasterId } })
      .exec();
    return result.modifiedCount === 1;
  }

  async activate(id: string, purpose: DataKeyPurpose): Promise<void> {
    // The new key first, then the others off: in between two keys are active, both valid to encrypt with.
    await this.model.updateOne({ _id: id }, { $set: { active: true } }).exec();
    await this.model.updateMany({ purpose, _id: trusted({ $ne: id }) }, { $set: { active: false } }).exec();
  }
}
