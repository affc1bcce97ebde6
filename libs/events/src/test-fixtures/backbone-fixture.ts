import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { INestApplicationContext, LoggerService } from '@nestjs/common';
import type { Db } from 'mongodb';
import { startMongo, startNats, type TestMongo, type TestNats } from '@elo/testing';
import type { BackboneTuning } from '../tuning';
import { openDb, startFixture, testJetStream } from './harness';
import type { TallyRow } from './tally.handler';

const REPO_ROOT = resolve(__dirname, '../../../..');
const CONSUMER_MAIN = join(__dirname, 'consumer-main.ts');

export interface BackboneFixture {
  nats: TestNats;
  mongo: TestMongo;
  js: Awaited<ReturnType<typeof testJetStream>>;
  db: Db;
  dbName: string;
  /** The fixture's plan-tracking consumer in this process; the caller closes it. */
  startConsumer(
    tuning?: Partial<BackboneTuning>,
    logger?: LoggerService | false,
  ): Promise<INestApplicationContext>;
  /** The fixture consumer in a child process (consumer-main.ts), resolved once it is ready; `stop()` ends it. */
  spawnConsumer(env: Record<string, string>): Promise<ChildProcess>;
  tally(subject: string): Promise<TallyRow | null>;
  /** How many times the fixture handler ran for an event. */
  attempts(eventId: string): Promise<number>;
  /** Ends live child consumers, then closes the clients and stops Mongo and NATS. */
  stop(): Promise<void>;
}

/** A private NATS and MongoDB, a test JetStream client and a database named after `dbPrefix`. */
export async function startBackboneFixture(dbPrefix: string): Promise<BackboneFixture> {
  // Teardown steps in the order they run; a failed start undoes what it had started.
  const teardown: (() => Promise<void>)[] = [];
  const children: ChildProcess[] = [];
  const stop = async () => {
    for (const child of children) await stopProcess(child, 'SIGTERM');
    for (const step of teardown.splice(0)) await step();
  };
  try {
    const nats = await startNats();
    teardown.unshift(() => nats.stop());
    const mongo = await startMongo();
    teardown.unshift(() => mongo.stop());
    const dbName = mongo.dbName(dbPrefix);
    const js = await testJetStream(nats.url);
    teardown.unshift(() => js.close());
    const { db, close: closeDb } = await openDb(mongo.url, dbName);
    teardown.unshift(closeDb);

    return {
      nats,
      mongo,
      js,
      db,
      dbName,
      startConsumer: (tuning = {}, logger = false) =>
        startFixture(
          { service: 'plan-tracking', natsUrl: nats.url, mongoUrl: mongo.url, dbName, consume: true },
          tuning,
          logger,
        ),
      spawnConsumer: async (env) => {
        const child = spawnConsumerMain({
          NATS_URL: nats.url,
          MONGO_URL: mongo.url,
          FIXTURE_DB: dbName,
          FIXTURE_SERVICE: 'plan-tracking',
          ...env,
        });
        children.push(child);
        await untilReady(child);
        return child;
      },
      tally: (subject) => db.collection<TallyRow>('fixture_tallies').findOne({ _id: subject }),
      attempts: async (eventId) =>
        (await db.collection<{ _id: string; n: number }>('fixture_attempts').findOne({ _id: eventId }))?.n ??
        0,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Sends `signal` to a process that is still running and waits for it to exit. */
export async function stopProcess(proc: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((r) => proc.once('exit', r));
  proc.kill(signal);
  await exited;
}

function spawnConsumerMain(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['-r', '@swc-node/register', CONSUMER_MAIN], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Resolves when the process prints "fixture ready"; rejects, with its output, if it exits first. */
function untilReady(proc: ChildProcess): Promise<void> {
  let output = '';
  return new Promise<void>((resolveReady, reject) => {
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
}
