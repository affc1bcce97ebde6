import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MongoClient, type Db } from 'mongodb';
import { compileEngine } from './test-fixtures/compiled-engine';
import { expectEventually } from './test-utils/expect-eventually';
import { checksum, CrashModel, type Counter, type Item } from './test-fixtures/crash-model';

// kill -9 of the engine process while writers are running, again and again on the same data
// directory: after each restart every acknowledged write is there, whole, and nothing else.
// About 17 s of CPU in all (20 process starts): about a minute on a loaded 2-core machine. The
// timeout only bounds an oversubscribed one (300 s was exceeded once at a load average of 25).
const CYCLES = 20;
const WRITERS = 6;
const repoRoot = resolve(__dirname, '../../..');

let cli = '';

// The engine's own CLI (src/cli.ts), compiled once so that each of the many starts is cheap.
async function startEngine(dataDir: string): Promise<{ child: ChildProcessWithoutNullStreams; uri: string }> {
  const child = spawn(process.execPath, [cli, '--data-dir', dataDir, '--journal-compaction-bytes', '32768'], {
    cwd: repoRoot,
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  let output = '';
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += String(chunk)));
  for await (const chunk of child.stdout) {
    output += String(chunk);
    if (output.includes('\n')) return { child, uri: output.split('\n')[0] ?? '' };
  }
  throw new Error(`engine exited before printing its URI: ${errors}`);
}

/** One writer: random inserts, $push, $inc (upserting counters), upserts by unique key and deletes. */
async function write(db: Db, model: CrashModel, tag: string, running: () => boolean): Promise<void> {
  const items = db.collection<Item>('items');
  const counters = db.collection<Counter>('counters');
  for (let n = 0; running(); n++) {
    const pick = model.pickLive();
    const op = randomInt(10);
    try {
      if (op < 3 || !pick) {
        const id = `i-${tag}-${n}`;
        const body = 'b'.repeat(randomInt(1, 400));
        model.items.set(id, { acked: false, deleteSent: false, gone: false });
        await items.insertOne({ _id: id, key: id, body, sum: checksum(body), log: [] });
        model.acked(id);
      } else if (op < 5) {
        const token = `${pick}#${tag}-${n}`;
        model.tokensSent.add(token);
        const result = await items.updateOne({ _id: pick }, { $push: { log: token } });
        if (result.modifiedCount === 1) model.tokensAcked.add(token);
      } else if (op < 8) {
        const token = `c${randomInt(5)}#${tag}-${n}`;
        model.incsSent.add(token);
        const [id] = token.split('#');
        await counters.updateOne({ _id: id }, { $inc: { n: 1 }, $push: { ops: token } }, { upsert: true });
        model.incsAcked.add(token);
      } else if (op < 9) {
        const key = `u-${randomInt(8)}`;
        model.upsertKeys.add(key);
        const body = `upserted ${key}`;
        await items.updateOne(
          { key },
          { $setOnInsert: { body, sum: checksum(body), log: [] }, $inc: { hits: 1 } },
          { upsert: true },
        );
      } else {
        const state = model.items.get(pick);
        if (state) state.deleteSent = true;
        await items.deleteOne({ _id: pick });
        if (state) state.gone = true;
      }
    } catch {
      return; // the engine was killed: this write's outcome is unknown
    }
  }
}

describe('embedded-mongo under kill -9', () => {
  let dataDir: string;
  let compiled: Awaited<ReturnType<typeof compileEngine>> | undefined;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'embedded-mongo-crash-'));
    compiled = await compileEngine(repoRoot);
    cli = compiled.cli;
  }, 60_000);
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
    await compiled?.remove();
  });

  it(`keeps every acknowledged write across ${CYCLES} kills at random moments`, async () => {
    const model = new CrashModel();
    const acknowledged = () => model.tokensAcked.size + model.incsAcked.size;
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const { child, uri } = await startEngine(dataDir);
      const exited = once(child, 'exit');
      const client = await MongoClient.connect(uri, { maxPoolSize: WRITERS });
      try {
        const db = client.db('crash');
        await model.verify(db);
        expect({ cycle, problems: model.problems }).toEqual({ cycle, problems: [] });
        if (cycle === 0) await db.collection('items').createIndex({ key: 1 }, { unique: true });
        const duplicate = [...model.items].find(([, state]) => state.acked && !state.gone)?.[0];
        if (duplicate) {
          await expect(db.collection('items').insertOne({ key: duplicate })).rejects.toMatchObject({
            code: 11000,
          });
        }
        let running = true;
        const before = acknowledged();
        const writers = Array.from({ length: WRITERS }, (_, w) =>
          write(db, model, `${cycle}.${w}`, () => running),
        );
        // The test has teeth only if writes are acknowledged in between the kills: on a loaded machine
        // a fixed delay may pass before any is, so wait for some, then kill at a random moment after.
        await expectEventually(() => expect(acknowledged() - before).toBeGreaterThan(5), 60_000, 5);
        await new Promise((done) => setTimeout(done, randomInt(100, 500)));
        // No new write starts; those in flight are cut by the kill, their outcome unknown.
        running = false;
        child.kill('SIGKILL');
        await exited;
        await Promise.all(writers);
      } finally {
        child.kill('SIGKILL');
        await client.close(true);
      }
    }
    const { child, uri } = await startEngine(dataDir);
    const client = await MongoClient.connect(uri);
    try {
      await model.verify(client.db('crash'));
      expect(model.problems).toEqual([]);
    } finally {
      await client.close();
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  }, 600_000);
});
