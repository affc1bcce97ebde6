import { randomUUID } from 'node:crypto';
import mongoose, { Schema, type Connection, type Types } from 'mongoose';
import { conformanceTargets, type Target } from '../test-utils/targets';

interface Author {
  name: string;
  email: string;
  age?: number;
  createdAt?: Date;
  updatedAt?: Date;
}

interface Book {
  title: string;
  author: Types.ObjectId;
  tags: string[];
}

function useMongoose(target: Target) {
  let connection: Connection | undefined;
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const server = await target.start();
    stop = server.stop;
    connection = await mongoose
      .createConnection(server.uri, {
        dbName: `mongoose-${randomUUID().slice(0, 8)}`,
        serverSelectionTimeoutMS: 5000,
      })
      .asPromise();
  });
  afterAll(async () => {
    await connection?.dropDatabase();
    await connection?.close();
    await stop?.();
  });
  return () => {
    if (!connection) throw new Error('not connected');
    const authorSchema = new Schema<Author>(
      { name: String, email: { type: String, unique: true }, age: Number },
      { timestamps: true, optimisticConcurrency: true },
    );
    const bookSchema = new Schema<Book>({
      title: String,
      author: { type: Schema.Types.ObjectId, ref: 'Author' },
      tags: [String],
    });
    return {
      Author: connection.models['Author']
        ? connection.model<Author>('Author')
        : connection.model<Author>('Author', authorSchema),
      Book: connection.models['Book']
        ? connection.model<Book>('Book')
        : connection.model<Book>('Book', bookSchema),
    };
  };
}

describe.each(conformanceTargets())('mongoose [$name]', (target) => {
  const models = useMongoose(target);

  beforeAll(async () => {
    const { Author, Book } = models();
    await Author.init();
    await Book.init();
  });

  it('builds schema indexes and surfaces duplicates as MongoServerError 11000 with keyValue', async () => {
    const { Author } = models();
    const indexes = await Author.listIndexes();
    expect(indexes).toContainEqual(expect.objectContaining({ key: { email: 1 }, unique: true }));
    await Author.create({ name: 'Ana', email: 'ana@x' });
    const error: unknown = await Author.create({ name: 'Other', email: 'ana@x' }).catch(
      (failure: unknown) => failure,
    );
    // mongoose bundles its own driver copy, so compare against its class.
    expect(error).toBeInstanceOf(mongoose.mongo.MongoServerError);
    expect(error).toMatchObject({ code: 11000, keyValue: { email: 'ana@x' } });
  });

  it('sets timestamps on create and update', async () => {
    const { Author } = models();
    const created = await Author.create({ name: 'Tim', email: 'tim@x' });
    expect(created.createdAt).toBeInstanceOf(Date);
    expect(created.updatedAt?.getTime()).toBe(created.createdAt?.getTime());
    const later = new Date(Date.now() + 60_000);
    await Author.updateOne(
      { _id: created._id },
      { $set: { age: 40, updatedAt: later } },
      { timestamps: false },
    );
    const reloaded = await Author.findById(created._id).lean();
    expect(reloaded?.updatedAt?.getTime()).toBe(later.getTime());
    expect(reloaded?.createdAt?.getTime()).toBe(created.createdAt?.getTime());
  });

  it('raises VersionError on a stale save with optimisticConcurrency', async () => {
    const { Author } = models();
    const { _id } = await Author.create({ name: 'Vera', email: 'vera@x', age: 1 });
    const first = await Author.findById(_id).orFail();
    const second = await Author.findById(_id).orFail();
    first.age = 2;
    await first.save();
    second.age = 3;
    await expect(second.save()).rejects.toMatchObject({ name: 'VersionError' });
    expect((await Author.findById(_id).lean())?.age).toBe(2);
  });

  it('populates references and returns plain objects with lean', async () => {
    const { Author, Book } = models();
    const author = await Author.create({ name: 'Pop', email: 'pop@x' });
    await Book.create({ title: 'One', author: author._id, tags: ['a'] });
    const book = await Book.findOne({ title: 'One' }).populate<{ author: Author }>('author').lean();
    expect(book?.author.name).toBe('Pop');
    expect(book).not.toBeInstanceOf(mongoose.Document);
  });

  it('streams a query cursor longer than one batch', async () => {
    const { Book } = models();
    const author = new mongoose.Types.ObjectId();
    await Book.insertMany(Array.from({ length: 250 }, (_, i) => ({ title: `bulk-${i}`, author, tags: [] })));
    let seen = 0;
    for await (const doc of Book.find({ author }).batchSize(40).cursor()) {
      expect(doc.title).toMatch(/^bulk-/);
      seen += 1;
    }
    expect(seen).toBe(250);
    expect(await Book.countDocuments({ author })).toBe(250);
  });

  it('runs findOneAndUpdate upserts, bulkWrite and unordered insertMany', async () => {
    const { Author } = models();
    const upserted = await Author.findOneAndUpdate(
      { email: 'up@x' },
      { $set: { name: 'Up' } },
      { upsert: true, returnDocument: 'after' },
    ).lean();
    expect(upserted).toMatchObject({ email: 'up@x', name: 'Up' });
    expect(upserted?.createdAt).toBeInstanceOf(Date);

    const bulk = await Author.bulkWrite([
      { insertOne: { document: { name: 'B1', email: 'b1@x' } } },
      { updateOne: { filter: { email: 'b1@x' }, update: { $set: { age: 5 } } } },
      { deleteOne: { filter: { email: 'up@x' } } },
    ]);
    expect(bulk).toMatchObject({ insertedCount: 1, modifiedCount: 1, deletedCount: 1 });

    const outcome: unknown = await Author.insertMany(
      [
        { name: 'U1', email: 'u1@x' },
        { name: 'dup', email: 'b1@x' },
        { name: 'U2', email: 'u2@x' },
      ],
      { ordered: false },
    ).catch((failure: unknown) => failure);
    expect(outcome).toMatchObject({ code: 11000 });
    expect(await Author.countDocuments({ email: { $in: ['u1@x', 'u2@x'] } })).toBe(2);
  });
});
