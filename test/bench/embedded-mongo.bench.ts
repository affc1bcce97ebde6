// Benchmark of the embedded MongoDB engine over loopback TCP, beside the same operations done
// directly with mingo on an in-memory array. Run:
//   node -r @swc-node/register test/bench/embedded-mongo.bench.ts
// Prints a table and PASS/FAIL per target and exits 0 either way (1 only if it crashes).
// Results also go to tmp/bench/embedded-mongo.json. Bounded: about a minute (the journal's
// figures, embedded-mongo-durability.ts, take most of it).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { find } from 'mingo';
import { MongoClient, ObjectId, type Collection, type Document } from 'mongodb';
import { startEmbeddedMongo } from '@elo/embedded-mongo';
import { measureDurability, type DurabilityFigures } from './embedded-mongo-durability';

const SMALL = 10_000;
const LARGE = 100_000;
const ROUNDS = 3;
const ROUND_MS = 400;
const MIN_OPS = 50;
const WARMUP_MS = 200;

interface Person extends Document {
  _id: ObjectId;
  email: string;
  age: number;
  city: string;
}

interface Row {
  operation: string;
  engineOpsPerSec: number;
  mingoOpsPerSec: number;
}

const person = (i: number): Person => ({
  _id: new ObjectId(),
  email: `user${i}@example.org`,
  age: i % 90,
  city: ['Recife', 'Natal', 'Belém', 'Manaus'][i % 4],
});

/**
 * Ops per second of each operation: after a short warm-up, rounds of about ROUND_MS run the
 * operations in turn and the best round of each counts, so load elsewhere on the machine
 * skews the comparison less.
 */
async function rates(ops: ReadonlyArray<(i: number) => unknown>): Promise<number[]> {
  let i = 0;
  for (const op of ops) {
    const warmUntil = performance.now() + WARMUP_MS;
    while (performance.now() < warmUntil) await op(i++);
  }
  const best = ops.map(() => 0);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, op] of ops.entries()) {
      const start = performance.now();
      let count = 0;
      while (count < MIN_OPS || performance.now() - start < ROUND_MS) {
        await op(i++);
        count += 1;
      }
      best[index] = Math.max(best[index] ?? 0, count / ((performance.now() - start) / 1000));
    }
  }
  return best;
}

async function fill(collection: Collection<Person>, count: number): Promise<Person[]> {
  const docs = Array.from({ length: count }, (_, i) => person(i));
  for (let i = 0; i < docs.length; i += 5_000) await collection.insertMany(docs.slice(i, i + 5_000));
  return docs.map((doc) => ({ ...doc }));
}

const findOneIn = (docs: Person[], filter: Document) => find(docs, filter).limit(1).next();

async function main(): Promise<void> {
  const server = await startEmbeddedMongo({ port: 0 });
  const client = await MongoClient.connect(server.uri);
  const db = client.db('bench');
  const small = db.collection<Person>('people_10k');
  const large = db.collection<Person>('people_100k');
  await small.createIndex({ email: 1 }, { unique: true });
  await large.createIndex({ email: 1 }, { unique: true });
  const rows: Row[] = [];

  // Inserts: one round trip per document, against a push into an array (mingo has no insert).
  const seed = Array.from({ length: SMALL }, (_, i) => person(i));
  const insertStart = performance.now();
  for (const doc of seed) await small.insertOne(doc);
  const engineInserts = SMALL / ((performance.now() - insertStart) / 1000);
  const memorySmall: Person[] = [];
  const pushStart = performance.now();
  for (const doc of seed) memorySmall.push({ ...doc });
  const mingoInserts = SMALL / ((performance.now() - pushStart) / 1000);
  rows.push({
    operation: `insertOne (${SMALL} docs)`,
    engineOpsPerSec: engineInserts,
    mingoOpsPerSec: mingoInserts,
  });

  const memoryLarge = await fill(large, LARGE);
  const pickSmall = (i: number) => memorySmall[(i * 7919) % SMALL];
  const pickLarge = (i: number) => memoryLarge[(i * 7919) % LARGE];
  const countFilter = { age: { $gte: 30, $lt: 60 }, city: 'Recife' };

  const [idEngine, emailEngine, emailEngineLarge, idMingo, emailMingo, emailMingoLarge] = await rates([
    (i) => small.findOne({ _id: pickSmall(i)._id }),
    (i) => small.findOne({ email: pickSmall(i).email }),
    (i) => large.findOne({ email: pickLarge(i).email }),
    (i) => findOneIn(memorySmall, { _id: pickSmall(i)._id }),
    (i) => findOneIn(memorySmall, { email: pickSmall(i).email }),
    (i) => findOneIn(memoryLarge, { email: pickLarge(i).email }),
  ]);
  const [countEngine, countMingo] = await rates([
    () => small.countDocuments(countFilter),
    () => find(memorySmall, countFilter).all().length,
  ]);
  const row = (operation: string, engine: number, mingo: number) =>
    rows.push({ operation, engineOpsPerSec: engine, mingoOpsPerSec: mingo });
  row('findOne by _id @10k', idEngine, idMingo);
  row('findOne by unique email @10k', emailEngine, emailMingo);
  row('countDocuments(filter) @10k', countEngine, countMingo);
  row('findOne by unique email @100k', emailEngineLarge, emailMingoLarge);

  await client.close();
  await server.stop();

  const durability = await measureDurability();
  const journalRatio = (writers: number, operation: string) => {
    const row = durability.throughput.find((r) => r.writers === writers && r.operation === operation);
    return row ? row.journalOpsPerSec / row.plainOpsPerSec : 0;
  };

  const targets = [
    {
      target: 'findOne by indexed field costs ≤ 2× findOne by _id (10k)',
      value: idEngine / emailEngine,
      limit: 2,
    },
    {
      target: 'findOne by indexed field at 100k within 1.5× of 10k',
      value: emailEngine / emailEngineLarge,
      limit: 1.5,
    },
  ].map((t) => ({ ...t, pass: t.value <= t.limit, text: `${t.value.toFixed(2)}× (limit ${t.limit}×)` }));
  for (const operation of ['insertOne', 'updateOne $inc']) {
    const value = journalRatio(32, operation);
    targets.push({
      target: `${operation} at 32 writers with the journal ≥ 50 % of the same engine without it`,
      value,
      limit: 0.5,
      pass: value >= 0.5,
      text: `${(value * 100).toFixed(0)} % (at least 50 %)`,
    });
  }

  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  console.log(`\nembedded-mongo benchmark (loopback TCP, node ${process.version})\n`);
  console.log(
    [
      'operation'.padEnd(36),
      'engine ops/s'.padStart(14),
      'mingo ops/s'.padStart(14),
      'engine/mingo'.padStart(14),
    ].join(' '),
  );
  for (const entry of rows) {
    console.log(
      [
        entry.operation.padEnd(36),
        fmt(entry.engineOpsPerSec).padStart(14),
        fmt(entry.mingoOpsPerSec).padStart(14),
        (entry.engineOpsPerSec / entry.mingoOpsPerSec).toFixed(3).padStart(14),
      ].join(' '),
    );
  }
  printDurability(durability);
  console.log('');
  for (const t of targets) console.log(`${t.pass ? 'PASS' : 'FAIL'}  ${t.target}: ${t.text}`);

  const outDir = join(process.cwd(), 'tmp', 'bench');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'embedded-mongo.json');
  writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), rows, durability, targets }, null, 2));
  console.log(`\nresults written to ${file}`);
}

function printDurability(figures: DurabilityFigures): void {
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  const { median, p99 } = figures.fsyncMicros;
  console.log(`\nwrites, journal (ack after fdatasync) vs the same engine without journal`);
  console.log(`disk fdatasync latency: median ${fmt(median)} µs, p99 ${fmt(p99)} µs`);
  console.log(
    [
      'operation'.padEnd(16),
      'writers'.padStart(8),
      'journal ops/s'.padStart(14),
      'no-journal ops/s'.padStart(17),
      'ratio'.padStart(7),
      'CPU µs/op j/no-j'.padStart(18),
    ].join(' '),
  );
  for (const row of figures.throughput) {
    console.log(
      [
        row.operation.padEnd(16),
        String(row.writers).padStart(8),
        fmt(row.journalOpsPerSec).padStart(14),
        fmt(row.plainOpsPerSec).padStart(17),
        (row.journalOpsPerSec / row.plainOpsPerSec).toFixed(2).padStart(7),
        `${fmt(row.journalCpuUsPerOp)} / ${fmt(row.plainCpuUsPerOp)}`.padStart(18),
      ].join(' '),
    );
  }
  const oneWriter = figures.throughput.find((row) => row.writers === 1 && row.operation === 'insertOne');
  if (oneWriter) {
    const perOp = 1e6 / oneWriter.journalOpsPerSec;
    console.log(
      `1 writer: ${fmt(perOp)} µs per acknowledged insert, of which one fdatasync ≈ ${fmt(median)} µs`,
    );
  }
  const { recovery, memory } = figures;
  const timing = (t: { ms: number; cpuMs: number }) => `${fmt(t.ms)} ms (CPU ${fmt(t.cpuMs)} ms)`;
  console.log(
    `recovery of ${fmt(recovery.docs)} docs: ${timing(recovery.fromJournal)} replaying the journal, ` +
      `${timing(recovery.fromSnapshot)} from a snapshot`,
  );
  for (const snap of figures.snapshots) {
    console.log(
      `snapshot of ${fmt(snap.docs)} docs: ${timing(snap)}, ${(snap.bytes / 1024 / 1024).toFixed(1)} MB`,
    );
  }
  console.log(
    `memory for ${fmt(memory.docs)} docs: ${(memory.heapBytes / 1024 / 1024).toFixed(0)} MB of heap ` +
      `for ${(memory.dataBytes / 1024 / 1024).toFixed(1)} MB of BSON`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    // A crash is not a result: fail loudly. Missed targets still exit 0.
    console.error(error);
    process.exit(1);
  },
);
