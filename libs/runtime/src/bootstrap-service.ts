import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { z } from 'zod';
import { connect } from '@nats-io/transport-node';
import { loadConfig, natsConnectTimeoutMs, streamReplicas } from '@elo/config';
import { replayBucketName, type ServiceName } from '@elo/contracts';
import {
  KvReplayStore,
  RpcContextInterceptor,
  RpcErrorFilter,
  assertCatalogHandlers,
  assertionVerifier,
  busCredentialsFromEnv,
  firstConnectOptions,
  natsAuthOptions,
  natsMicroserviceOptions,
  type BusCredentials,
  type CallerAssertionVerifier,
} from '@elo/messaging';
import { PinoNestLogger } from '@elo/observability';

export interface ServiceBootstrapOptions {
  name: ServiceName;
  module: Type<unknown> | DynamicModule;
  natsUrl: string;
  httpHost: string;
  httpPort: number;
  logger: Logger;
  /** How long each first NATS connection may take; NATS_CONNECT_TIMEOUT_MS when absent. */
  natsConnectTimeoutMs?: number;
  /** Its NATS nkey and the keys of caller assertions; read from the environment when absent. */
  credentials?: BusCredentials;
}

export interface RunningService {
  app: INestApplication;
  /** The health/metrics HTTP address, e.g. http://127.0.0.1:3101. */
  httpUrl: string;
  close(): Promise<void>;
}

/** A backend service: NATS request/reply handlers plus a small HTTP server for health and metrics. */
export async function bootstrapService(options: ServiceBootstrapOptions): Promise<RunningService> {
  // First, so a missing key stops the service before it opens any connection.
  const credentials = options.credentials ?? busCredentialsFromEnv();
  const { ELO_STREAM_REPLICAS, NATS_CONNECT_TIMEOUT_MS } = loadConfig(
    z.object({ ELO_STREAM_REPLICAS: streamReplicas, NATS_CONNECT_TIMEOUT_MS: natsConnectTimeoutMs }),
    process.env,
  );
  const connectTimeoutMs = options.natsConnectTimeoutMs ?? NATS_CONNECT_TIMEOUT_MS;
  let replays: KvReplayStore | undefined;
  // Requests arrive only once the store below is open; until then nothing is accepted.
  const verifier = await assertionVerifier(credentials, {
    remember: (jti) => replays?.remember(jti) ?? false,
  });
  // Accepted assertion ids are shared by the service's replicas (its own bucket, its own connection:
  // the microservice's connection belongs to Nest), so a replay is refused by every replica.
  const replaysConnection = await connect({
    servers: splitServers(options.natsUrl),
    name: `${options.name}-replays`,
    // A slow first handshake (NATS starting, a busy host) is retried, up to the deadline; past it the
    // start fails here, naming the server, and the process exits.
    ...firstConnectOptions(connectTimeoutMs),
    // One KV create per request: without this, each builds two Errors with stack traces in case it fails.
    noAsyncTraces: true,
    ...natsAuthOptions(credentials),
  });
  try {
    replays = new KvReplayStore(replaysConnection, {
      bucket: replayBucketName(options.name),
      replicas: ELO_STREAM_REPLICAS,
    });
    await replays.open(); // a missing grant or JetStream stops the start here
    const app = await startApp(options, credentials, verifier, connectTimeoutMs);
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : options.httpPort;
    options.logger.info({ port }, `${options.name} ready`);
    return {
      app,
      httpUrl: `http://${options.httpHost}:${port}`,
      async close() {
        await app.close();
        await replaysConnection.close();
      },
    };
  } catch (error) {
    await replaysConnection.close();
    throw error;
  }
}

async function startApp(
  options: ServiceBootstrapOptions,
  credentials: BusCredentials,
  verifier: CallerAssertionVerifier,
  connectTimeoutMs: number,
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(options.module, new FastifyAdapter(), {
    logger: new PinoNestLogger(options.logger),
    bufferLogs: true,
    // A failing provider rejects here, with its error, instead of Nest calling process.exit(1): the
    // caller closes what it opened, and runMain logs the cause.
    abortOnError: false,
  });
  app.enableShutdownHooks();
  assertCatalogHandlers(app);
  app.useGlobalInterceptors(new RpcContextInterceptor(verifier));
  app.useGlobalFilters(new RpcErrorFilter());
  const microservice = natsMicroserviceOptions(
    splitServers(options.natsUrl),
    options.name,
    credentials,
    connectTimeoutMs,
  );
  app.connectMicroservice(microservice, { inheritAppConfig: true });
  await app.startAllMicroservices();
  await app.listen(options.httpPort, options.httpHost);
  return app;
}

export function splitServers(natsUrl: string): string[] {
  return natsUrl
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
