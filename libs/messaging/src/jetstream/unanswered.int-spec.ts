import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Db } from 'mongodb';
import { expectEventually, startMongo, startNats, type TestMongo, type TestNats } from '@elo/testing';
import { institutionCreated, openDb, testJetStream } from './test-fixtures/harness';

const REPO_ROOT = resolve(__dirname, '../../../..');
const FIXTURE_MAIN = join(__dirname, 'test-fixtures/consumer-main.ts');

// The gap only a real server shows: the process dies on the last delivery, so no code of ours sees the
// failure; JetStream stops delivering and publishes a MAX_DELIVERIES advisory, which must become a dead letter.
describe('the last delivery that never answers (the consumer process dies on it)', () => {
  let nats: TestNats;
  let mongo: TestMongo;
  let js: Awaited<ReturnType<typeof testJetStream>>;
  let db: Db;
  let closeDb: () => Promise<void>;
  let dbName: string;
  let child: ChildProcess | undefined;
  let output = '';

  const startChild = async (): Promise<ChildProcess> => {
    const proc = spawn(process.execPath, ['-r', '@swc-node/register', FIXTURE_MAIN], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        NATS_URL: nats.url,
        MONGO_URL: mongo.url,
        FIXTURE_DB: dbName,
        FIXTURE_SERVICE: 'plan-tracking',
        FIXTURE_KILLABLE: '1',
        ELO_EVENTS_BACKOFF_MS: '200,400,800',
        ELO_EVENTS_MAX_DELIVER: '4',
        ELO_EVENTS_ACK_WAIT_MS: '1000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    await new Promise<void>((resolveReady, reject) => {
      const onExit = (code: number | null) => reject(new Error(`fixture exited with ${code}\n${output}`));
      proc.once('exit', onExit);
      proc.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('fixture ready')) {
          proc.off('exit', onExit);
          resolveReady();
        }
      });
      proc.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    });
    return proc;
  };

  beforeAll(async () => {
    nats = await startNats();
    mongo = await startMongo();
    dbName = mongo.dbName('unanswered');
    js = await testJetStream(nats.url);
    ({ db, close: closeDb } = await openDb(mongo.url, dbName));
  }, 60_000);

  afterAll(async () => {
    const proc = child;
    if (proc && proc.exitCode === null && proc.signalCode === null) {
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      await exited;
    }
    await js?.close();
    await closeDb?.();
    await mongo?.stop();
    await nats?.stop();
  });

  it('dead-letters the event from the MAX_DELIVERIES advisory once a replica is back', async () => {
    const first = await startChild();
    const died = new Promise<NodeJS.Signals | null>((r) => first.once('exit', (_code, signal) => r(signal)));
    // Fails on deliveries 1-3 (nak with backoff), kills its process on the 4th and last.
    const doomed = institutionCreated('DIE4');
    await js.publish(doomed);
    expect(await died).toBe('SIGKILL');
    const attempts = db.collection<{ _id: string; n: number }>('fixture_attempts');
    expect(await attempts.findOne({ _id: doomed.id })).toMatchObject({ n: 4 });
    expect(await db.collection('dead_letters').countDocuments({ eventId: doomed.id })).toBe(0);

    // On nats-server 2.9 the advisory may already be out (the dead process's open pull triggers it once the
    // ack wait passes) or come with the new process's first pull; the advisory stream keeps it either way.
    await startChild();
    const letter = await expectEventually(
      async () => {
        const found = await db.collection('dead_letters').findOne({ eventId: doomed.id });
        expect(found).toMatchObject({
          handler: 'fixture-tally',
          consumer: 'plan-tracking__fixture-tally',
          reason: 'no_answer',
          deliveryCount: 4,
          eventType: 'institution.created',
          event: { id: doomed.id, data: { acronym: 'DIE4' } },
        });
        return found!;
      },
      { timeoutMs: 20_000 },
    );
    expect(letter['error']).toMatch(/No answer to delivery 4 of 4/);
    // JetStream gave up on it: the handler never ran a 5th time.
    expect(await attempts.findOne({ _id: doomed.id })).toMatchObject({ n: 4 });
  }, 60_000);
});
