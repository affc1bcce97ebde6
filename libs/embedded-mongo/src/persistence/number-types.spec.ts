import { readdir } from 'node:fs/promises';
import { Decimal128, Double, Int32, Long, MongoClient } from 'mongodb';
import { startEmbeddedMongo } from '../server';
import { SNAPSHOT_FILE } from '../snapshot';
import { withServer } from '../test-utils/with-server';
import { dataDirs } from './test-fixtures/data-dirs';

const dirs = dataDirs();

// One value of each numeric BSON type, at the top level, nested and inside arrays.
const written = {
  _id: 'n',
  int: new Int32(5),
  integralDouble: new Double(1),
  fraction: new Double(2.5),
  long: Long.fromNumber(7),
  bigLong: Long.fromString('9007199254740993'),
  decimal: Decimal128.fromString('10.50'),
  nested: { d: new Double(3), l: Long.fromNumber(-1) },
  list: [new Int32(1), new Double(1), Long.fromNumber(1), Decimal128.fromString('1')],
};

// The BSON type of every value as the server sends it back, unpromoted.
function typesOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(typesOf);
  if (value instanceof Int32 || value instanceof Double || value instanceof Long) return value._bsontype;
  if (value instanceof Decimal128) return `Decimal128 ${value.toString()}`;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, typesOf(v)]));
  }
  return value;
}

function readBack(dataDir: string): Promise<{ types: unknown; doubles: number; longs: number }> {
  return withServer(dataDir, async (client) => {
    const c = client.db('app').collection<{ _id: string }>('c');
    const doc = await c.findOne({ _id: 'n' }, { promoteValues: false });
    return {
      types: typesOf(doc),
      doubles: await c.countDocuments({
        integralDouble: { $type: 'double' },
        'nested.d': { $type: 'double' },
      }),
      longs: await c.countDocuments({ long: { $type: 'long' }, bigLong: { $type: 'long' } }),
    };
  });
}

describe('number types across a restart', () => {
  const expected = {
    _id: 'n',
    int: 'Int32',
    integralDouble: 'Double',
    fraction: 'Double',
    long: 'Long',
    bigLong: 'Long',
    decimal: 'Decimal128 10.50',
    nested: { d: 'Double', l: 'Long' },
    list: ['Int32', 'Double', 'Long', 'Decimal128 1'],
  };

  it('keeps every BSON number type when replaying the journal after a crash, and from the snapshot', async () => {
    const live = await dirs.make();
    let crashImage = '';
    const server = await startEmbeddedMongo({ dataDir: live });
    const client = await MongoClient.connect(server.uri);
    try {
      await client.db('app').collection<{ _id: string }>('c').insertOne(written);
      crashImage = await dirs.crashImage(live);
    } finally {
      await client.close();
      await server.stop();
    }
    expect(await readdir(live)).toEqual([SNAPSHOT_FILE]); // the clean stop left only a snapshot

    // From the journal (the crash image has no snapshot of the write) and from the snapshot.
    for (const dataDir of [crashImage, live]) {
      expect(await readBack(dataDir)).toEqual({ types: expected, doubles: 1, longs: 1 });
    }
  });
});
