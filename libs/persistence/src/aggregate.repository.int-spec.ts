import mongoose, { Schema, SchemaTypes, type Connection, type Model, type Types } from 'mongoose';
import { createCloudEvent, type EloCloudEvent } from '@elo/contracts';
import { startMongo, type TestMongo } from '@elo/testing';
import { AggregateRepository, type AggregateRow } from './aggregate.repository';
import { OwnedAggregateRepository, institutionScope, type InstitutionScope } from './owned';
import type { RelayWaker } from './relay-waker';
import { AGGREGATE_SCHEMA_OPTIONS } from './schema-defaults';

interface ThingRecord {
  name: string;
  institutionId: string;
  outbox: EloCloudEvent[];
}
interface Thing {
  id: string;
  name: string;
  owner: string;
  version: number;
}

const thingSchema = new Schema<ThingRecord>(
  {
    name: { type: String, required: true },
    institutionId: { type: String, required: true },
    outbox: { type: [SchemaTypes.Mixed] as never, default: [] },
  },
  { ...AGGREGATE_SCHEMA_OPTIONS, collection: 'things' },
);

const toThing = (row: AggregateRow<ThingRecord>): Thing => ({
  id: row._id.toHexString(),
  name: row.name,
  owner: row.institutionId,
  version: row.__v,
});

class Things extends AggregateRepository<ThingRecord, Thing> {
  constructor(model: Model<ThingRecord>, relay: RelayWaker | null) {
    super(model, relay);
  }
  protected toContract = toThing;
  create(name: string, events: EloCloudEvent[] = []) {
    return this.insert({ name, institutionId: 'a' }, events);
  }
  get(id: string) {
    return this.findOne({ _id: id });
  }
  page(limit: number, cursor?: string) {
    return this.findPage({}, { limit, ...(cursor ? { cursor } : {}) });
  }
  rename(id: string, version: number, name: string, events: EloCloudEvent[] = []) {
    return this.updateAtVersion({ _id: id }, version, { $set: { name } }, events);
  }
}

class OwnedThings extends OwnedAggregateRepository<ThingRecord, Thing> {
  constructor(model: Model<ThingRecord>) {
    super(model, null);
  }
  protected toContract = toThing;
  create(scope: InstitutionScope, name: string) {
    return this.insert(scope, { name });
  }
  byName(scope: InstitutionScope, filter: Record<string, unknown>) {
    return this.findOne(scope, filter);
  }
  list(scope: InstitutionScope) {
    return this.findPage(scope, {}, { limit: 100 });
  }
  rename(scope: InstitutionScope, id: string, version: number, name: string) {
    return this.updateAtVersion(scope, { _id: id }, version, { $set: { name } });
  }
}

const event = (subject: string) =>
  createCloudEvent(
    'institution.created',
    subject,
    { id: subject, name: 'N', acronym: 'N', kind: 'civil_society', networks: [], version: 0 },
    { producer: 'directory', correlationId: 'c' },
  );

describe('aggregate repositories (real MongoDB wire protocol, sanitizeFilter on)', () => {
  let mongo: TestMongo;
  let connection: Connection;
  let model: Model<ThingRecord>;
  const woken: { collection: string; id: Types.ObjectId | string }[] = [];
  const relay: RelayWaker = { written: (doc) => woken.push(doc) };

  beforeAll(async () => {
    mongo = await startMongo();
    connection = await mongoose
      .createConnection(mongo.url, { dbName: mongo.dbName('persistence'), sanitizeFilter: true })
      .asPromise();
    model = connection.model<ThingRecord>('Thing', thingSchema);
  }, 60_000);

  beforeEach(async () => {
    woken.length = 0;
    await model.deleteMany({});
  });

  afterAll(async () => {
    await connection?.close();
    await mongo?.stop();
  });

  const stored = async (id: string) =>
    (await model.collection.findOne({ _id: new mongoose.Types.ObjectId(id) })) as unknown as ThingRecord & {
      __v: number;
    };

  it('inserts with its events in the same document and wakes the relay for that document', async () => {
    const things = new Things(model, relay);
    const created = await things.create('first', [event('s1')]);
    expect(created).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      name: 'first',
      owner: 'a',
      version: 0,
    });
    expect((await stored(created.id)).outbox.map((e) => e.subject)).toEqual(['s1']);
    expect(woken).toEqual([{ collection: 'things', id: expect.anything() }]);
    expect(String(woken[0]?.id)).toBe(created.id);
  });

  it('writes at the expected version only, bumping it and appending the events', async () => {
    const things = new Things(model, relay);
    const { id } = await things.create('v0');
    const row = await things.rename(id, 0, 'v1', [event('s2')]);
    expect(row).toMatchObject({ name: 'v1', __v: 1 });
    expect(row).not.toHaveProperty('outbox');
    expect(await things.rename(id, 0, 'lost', [event('s3')])).toBeNull();
    const after = await stored(id);
    expect(after).toMatchObject({ name: 'v1', __v: 1 });
    expect(after.outbox.map((e) => e.subject)).toEqual(['s2']);
    expect(woken).toHaveLength(1);
  });

  it('refuses to write events it could not announce, before writing anything', async () => {
    const things = new Things(model, null);
    await expect(things.create('x', [event('s4')])).rejects.toThrow(/no relay/);
    expect(await model.countDocuments()).toBe(0);
  });

  it('pages in id order with cursors until the end', async () => {
    const things = new Things(model, relay);
    const names = ['a', 'b', 'c', 'd', 'e'];
    for (const name of names) await things.create(name);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await things.page(2, cursor);
      seen.push(...page.items.map((t) => t.name));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(seen).toEqual(names);
    expect(pages).toBe(3);
    expect(await things.get((await things.page(1)).items[0]?.id ?? '')).toMatchObject({ name: 'a' });
  });

  it('scopes every owned read and write to the institution, whatever the filter says', async () => {
    const things = new OwnedThings(model);
    const a = institutionScope('inst-a');
    const b = institutionScope('inst-b');
    const mine = await things.create(a, 'mine');
    await things.create(b, 'theirs');
    expect(mine.owner).toBe('inst-a');
    expect((await things.list(a)).items.map((t) => t.name)).toEqual(['mine']);
    expect(await things.byName(a, { name: 'theirs' })).toBeNull();
    expect(await things.byName(a, { name: 'theirs', institutionId: 'inst-b' })).toBeNull();
    expect(await things.rename(b, mine.id, 0, 'taken')).toBeNull();
    expect(await things.rename(a, mine.id, 0, 'renamed')).toMatchObject({ name: 'renamed', version: 1 });
  });
});
