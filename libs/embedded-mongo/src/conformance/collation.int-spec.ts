import { MongoServerError } from 'mongodb';
import { conformanceTargets, useTarget } from '../test-utils/targets';

interface City {
  _id: number;
  name: string;
}

const names = (docs: City[]) => docs.map((doc) => doc.name);

// https://www.mongodb.com/docs/manual/reference/collation/
describe.each(conformanceTargets())('collation [$name]', (target) => {
  const session = useTarget(target, 'collation');
  const cities = async (collection: string) => {
    const c = session().db.collection<City>(collection);
    await c.insertMany([
      { _id: 1, name: 'São Paulo' },
      { _id: 2, name: 'sao paulo' },
      { _id: 3, name: 'SÃO PAULO' },
      { _id: 4, name: 'Santos' },
    ]);
    return c;
  };

  it('strength 1 ignores case and accents, strength 2 only case, in find, count, update and delete', async () => {
    const c = await cities('find');
    const base = { locale: 'pt', strength: 1 };
    const accent = { locale: 'pt', strength: 2 };
    expect(await c.find({ name: 'sao paulo' }, { collation: base, sort: { _id: 1 } }).toArray()).toHaveLength(
      3,
    );
    expect(
      names(await c.find({ name: 'são paulo' }, { collation: accent, sort: { _id: 1 } }).toArray()),
    ).toEqual(['São Paulo', 'SÃO PAULO']);
    expect(names(await c.find({ name: 'sao paulo' }).toArray())).toEqual(['sao paulo']);
    expect(await c.countDocuments({ name: { $in: ['SAO PAULO'] } }, { collation: base })).toBe(3);
    expect(
      (await c.updateMany({ name: 'SAO PAULO' }, { $set: { hit: true } }, { collation: base })).modifiedCount,
    ).toBe(3);
    expect((await c.deleteMany({ name: 'santos' }, { collation: accent })).deletedCount).toBe(1);
  });

  it('sorts Portuguese names ignoring case and accents', async () => {
    const c = session().db.collection<City>('sort');
    await c.insertMany([
      { _id: 1, name: 'Zeta' },
      { _id: 2, name: 'Ávila' },
      { _id: 3, name: 'alpha' },
      { _id: 4, name: 'Bauru' },
    ]);
    expect(names(await c.find({}, { sort: { name: 1 } }).toArray())).toEqual([
      'Bauru',
      'Zeta',
      'alpha',
      'Ávila',
    ]);
    const sorted = await c
      .find({}, { sort: { name: 1 }, collation: { locale: 'pt_BR', strength: 1 } }) // ICU locale names, as mongoose passes them
      .toArray();
    expect(names(sorted)).toEqual(['alpha', 'Ávila', 'Bauru', 'Zeta']);
    const aggregated = await c
      .aggregate<City>([{ $sort: { name: -1 } }], { collation: { locale: 'pt' } })
      .toArray();
    expect(names(aggregated)).toEqual(['Zeta', 'Bauru', 'Ávila', 'alpha']);
  });

  it('a unique index with strength 1 refuses "sao paulo" beside "São Paulo"; strength 2 only case variants', async () => {
    const base = session().db.collection<City>('unique-base');
    await base.createIndex({ name: 1 }, { unique: true, collation: { locale: 'pt', strength: 1 } });
    await base.insertOne({ _id: 1, name: 'São Paulo' });
    const duplicate: unknown = await base
      .insertOne({ _id: 2, name: 'sao paulo' })
      .catch((error: unknown) => error);
    expect(duplicate).toBeInstanceOf(MongoServerError);
    expect((duplicate as MongoServerError).code).toBe(11000);

    const accent = session().db.collection<City>('unique-accent');
    await accent.createIndex({ name: 1 }, { unique: true, collation: { locale: 'pt', strength: 2 } });
    await accent.insertMany([
      { _id: 1, name: 'São Paulo' },
      { _id: 2, name: 'Sao Paulo' },
    ]);
    await expect(accent.insertOne({ _id: 3, name: 'SÃO PAULO' })).rejects.toMatchObject({ code: 11000 });
    await expect(accent.updateOne({ _id: 2 }, { $set: { name: 'são paulo' } })).rejects.toMatchObject({
      code: 11000,
    });
  });

  it("a collection's default collation applies to its queries and indexes unless a command says otherwise", async () => {
    const { db } = session();
    await db.createCollection('defaulted', { collation: { locale: 'pt', strength: 1 } });
    const c = db.collection<City>('defaulted');
    await c.createIndex({ name: 1 }, { unique: true });
    const [index] = (await c.indexes()).filter((spec) => spec.name === 'name_1');
    expect(index?.collation).toMatchObject({ locale: 'pt', strength: 1 });
    await c.insertOne({ _id: 1, name: 'Jundiaí' });
    await expect(c.insertOne({ _id: 2, name: 'JUNDIAI' })).rejects.toMatchObject({ code: 11000 });
    expect(await c.countDocuments({ name: 'jundiai' })).toBe(1);
    expect(await c.countDocuments({ name: 'jundiai' }, { collation: { locale: 'simple' } })).toBe(0);
  });
});
