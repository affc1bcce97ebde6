import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { InjectModel, MongooseModule, Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { INestApplicationContext } from '@nestjs/common';
import { trusted, type Model } from 'mongoose';
import { startMongo, type TestMongo } from '@elo/testing';
import { PersistenceModule } from './persistence.module';

@Schema({ collection: 'secrets' })
class SecretRecord {
  @Prop({ required: true }) owner!: string;
}
const SecretSchema = SchemaFactory.createForClass(SecretRecord);

class Secrets {
  constructor(@InjectModel(SecretRecord.name) readonly model: Model<SecretRecord>) {}
}

describe('PersistenceModule', () => {
  let mongo: TestMongo;
  let app: INestApplicationContext;
  let secrets: Model<SecretRecord>;

  beforeAll(async () => {
    mongo = await startMongo();
    @Module({
      imports: [
        PersistenceModule.forRoot({ mongoUrl: mongo.url, dbName: mongo.dbName('persistence-module') }),
        MongooseModule.forFeature([{ name: SecretRecord.name, schema: SecretSchema }]),
      ],
      providers: [Secrets],
    })
    class TestModule {}
    app = await NestFactory.createApplicationContext(TestModule, { logger: false });
    secrets = app.get(Secrets).model;
    await secrets.create([{ owner: 'a' }, { owner: 'b' }]);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await mongo?.stop();
  });

  it('never runs operator objects that arrive in values (sanitizeFilter)', async () => {
    // Wrapped in $eq, an operator object is a value that cannot be a string: the query is refused.
    const injected = { owner: { $ne: 'nobody' } } as unknown as { owner: string };
    await expect(secrets.find(injected).lean().exec()).rejects.toThrow(/Cast to string failed/);
    await expect(
      secrets
        .find({ $where: 'true' } as never)
        .lean()
        .exec(),
    ).rejects.toThrow(/\$where is not allowed/);
  });

  it('neutralises an operator smuggled into a value inside $and / $or, as list filters build them', async () => {
    const smuggled = { $gt: '' } as unknown as string;
    await expect(secrets.countDocuments({ $and: [{ owner: smuggled }] }).exec()).rejects.toThrow(
      /Cast to string failed/,
    );
    await expect(
      secrets.countDocuments({ $or: [{ owner: 'nobody' }, { owner: smuggled }] }).exec(),
    ).rejects.toThrow(/Cast to string failed/);
    // The same filter with the operator marked as the repository's own runs as an operator.
    expect(await secrets.countDocuments({ $and: [{ owner: trusted({ $gt: '' }) }] }).exec()).toBe(2);
  });

  it('keeps the operators a repository writes itself through trusted()', async () => {
    expect(await secrets.countDocuments({ owner: trusted({ $ne: 'nobody' }) }).exec()).toBe(2);
  });
});
