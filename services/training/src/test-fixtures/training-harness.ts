import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { Caller, InstitutionSnapshot, RpcPattern, RpcResponse } from '@elo/contracts';
import { InstitutionCopyRepository } from '@elo/institution-copy';
import { RpcClient, RpcClientModule } from '@elo/messaging';
import { runWithContext } from '@elo/observability';
import type { RunningService } from '@elo/runtime';
import { startMongo, startNats, type TestMongo, type TestNats } from '@elo/testing';
import { startTraining } from '../bootstrap';
import { trainingConfigSchema } from '../config';

export interface TrainingHarnessOptions {
  /** Names the test's database (and its requests' correlation id). */
  name: string;
  /** How many services share the bus and the database (the first gets the institutions). */
  replicas?: number;
  env?: Record<string, string>;
  /** Institutions the directory would have announced, copied before the first request. */
  institutions?: readonly InstitutionSnapshot[];
}

/** Training on its own NATS (JetStream) and MongoDB wire protocol, and an RPC client to it. */
export interface TrainingHarness {
  nats: TestNats;
  replicas: RunningService[];
  /**
   * A request as `caller` (none: anonymous, as the public certificate lookup), over NATS like the
   * gateway's. `request` is not typed: specs also send what the contract refuses.
   */
  send<P extends RpcPattern>(pattern: P, request: unknown, caller?: Caller): Promise<RpcResponse<P>>;
  stop(): Promise<void>;
}

export async function startTrainingHarness(options: TrainingHarnessOptions): Promise<TrainingHarness> {
  const { name, replicas: count = 1, env = {}, institutions = [] } = options;
  const nats = await startNats({ requireOwned: true });
  let mongo: TestMongo | undefined;
  let client: INestApplicationContext | undefined;
  const replicas: RunningService[] = [];
  const stop = async () => {
    await client?.close();
    for (const replica of replicas) await replica.close();
    await mongo?.stop();
    await nats.stop();
  };
  try {
    mongo = await startMongo();
    const config = trainingConfigSchema.parse({
      NODE_ENV: 'test',
      NATS_URL: nats.url,
      MONGO_URL: mongo.url,
      ELO_DB_PREFIX: mongo.dbName(name),
      TRAINING_HTTP_PORT: '0',
      LOG_LEVEL: 'warn',
      ...env,
    });
    for (let i = 0; i < count; i++) replicas.push(await startTraining(config));
    const copies = replicas[0]?.app.get(InstitutionCopyRepository);
    for (const institution of institutions) await copies?.apply(institution);
    client = await NestFactory.createApplicationContext(
      RpcClientModule.forRoot({ servers: [nats.url], name: 'test', timeoutMs: 20_000 }),
      { logger: false },
    );
    const rpc = client.get(RpcClient);
    return {
      nats,
      replicas,
      send: (pattern, request, caller) =>
        runWithContext({ correlationId: name, ...(caller ? { caller } : {}) }, () =>
          rpc.send(pattern, request as never),
        ),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
