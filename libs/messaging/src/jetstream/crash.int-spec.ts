import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Db } from 'mongodb';
import { expectEventually, startMongo, startNats, type TestMongo, type TestNats } from '@elo/testing';
import { institutionCreated, openDb, testJetStream } from './test-fixtures/harness';
import type { TallyRow } from './test-fixtures/tally.handler';

const REPO_ROOT = resolve(__dirname, '../../../..');
const FIXTURE_MAIN = join(__dirname, 'test-fixtures/consumer-main.ts');
const EVENTS = 500;

describe('a consumer process killed with SIGKILL in the middle of 500 events', () => {
  let nats: TestNats;
  let mongo: TestMongo;
  let js: Awaited<ReturnType<typeof testJetStream>>;
  let db: Db;
  let closeDb: () => Promise<void>;
  let dbName: string;
  let child: ChildProcess | undefined;
  let output = '';

  const startChild = async () => {
    const proc = spawn(process.execPath, ['-r', '@swc-node/register', FIXTURE_MAIN], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        NATS_URL: nats.url,
        MONGO_URL: mongo.url,
        FIXTURE_DB: dbName,
        FIXTURE_SERVICE: 'plan-tracking',
        FIXTURE_DELAY_MS: '20',
        ELO_EVENTS_BACKOFF_MS: '300,600,1200',
        ELO_EVENTS_MAX_DELIVER: '6',
        ELO_EVENTS_CONCURRENCY: '8',
        // What the killed process held comes back after the ack wait.
        ELO_EVENTS_ACK_WAIT_MS: '2000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    const ready = new Promise<void>((resolveReady, reject) => {
      proc.once('exit', (code) => reject(new Error(`fixture exited with ${code}\n${output}`)));
      proc.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('fixture ready')) resolveReady();
      });
      proc.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    });
    await ready;
  };

  const stopChild = async (signal: NodeJS.Signals) => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill(signal);
    await exited;
  };

  beforeAll(async () => {
    nats = await startNats();
    mongo = await startMongo();
    dbName = mongo.dbName('crash');
    js = await testJetStream(nats.url);
    ({ db, close: closeDb } = await openDb(mongo.url, dbName));
  }, 60_000);

  afterAll(async () => {
    await stopChild('SIGTERM');
    await js?.close();
    await closeDb?.();
    await mongo?.stop();
    await nats?.stop();
  });

  it('gives every event its effect exactly once after a restart', async () => {
    const events = Array.from({ length: EVENTS }, (_, i) => institutionCreated(`KILL-${i}`));
    await startChild();
    for (const event of events) await js.publish(event);

    const tallies = db.collection<TallyRow>('fixture_tallies');
    await expectEventually(async () => expect(await tallies.countDocuments()).toBeGreaterThanOrEqual(50), {
      timeoutMs: 30_000,
      intervalMs: 10,
    });
    await stopChild('SIGKILL');
    const atKill = await tallies.countDocuments();
    expect(atKill).toBeLessThan(EVENTS); // the kill landed in the middle

    await startChild();
    await expectEventually(async () => expect(await tallies.countDocuments()).toBe(EVENTS), {
      timeoutMs: 60_000,
    });
    const rows = await tallies.find().toArray();
    expect(rows.filter((row) => row.count !== 1)).toEqual([]);
    expect(new Set(rows.map((row) => row._id))).toEqual(new Set(events.map((e) => e.subject)));
    await expectEventually(async () =>
      expect(await db.collection('processed_events').countDocuments({ handler: 'fixture-tally' })).toBe(
        EVENTS,
      ),
    );
    // Some events were being handled when the process died, and were delivered again.
    const attempts = await db
      .collection<{ n: number }>('fixture_attempts')
      .aggregate<{ total: number }>([{ $group: { _id: null, total: { $sum: '$n' } } }])
      .toArray();
    expect(attempts[0]?.total).toBeGreaterThan(EVENTS);
    expect(await db.collection('dead_letters').countDocuments()).toBe(0);
  }, 120_000);
});
