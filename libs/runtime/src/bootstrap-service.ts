import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import {
  RpcContextInterceptor,
  RpcErrorFilter,
  assertCatalogHandlers,
  assertionVerifier,
  busCredentialsFromEnv,
  natsMicroserviceOptions,
  type BusCredentials,
} from '@elo/messaging';
import { PinoNestLogger } from '@elo/observability';

export interface ServiceBootstrapOptions {
  name: string;
  module: Type<unknown> | DynamicModule;
  natsUrl: string;
  httpHost: string;
  httpPort: number;
  logger: Logger;
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
  const verifier = await assertionVerifier(credentials);
  const app = await NestFactory.create<NestFastifyApplication>(options.module, new FastifyAdapter(), {
    logger: new PinoNestLogger(options.logger),
    bufferLogs: true,
  });
  app.enableShutdownHooks();
  assertCatalogHandlers(app);
  app.useGlobalInterceptors(new RpcContextInterceptor(verifier));
  app.useGlobalFilters(new RpcErrorFilter());
  app.connectMicroservice(natsMicroserviceOptions(splitServers(options.natsUrl), options.name, credentials), {
    inheritAppConfig: true,
  });
  await app.startAllMicroservices();
  await app.listen(options.httpPort, options.httpHost);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : options.httpPort;
  options.logger.info({ port }, `${options.name} ready`);
  return { app, httpUrl: `http://${options.httpHost}:${port}`, close: () => app.close() };
}

export function splitServers(natsUrl: string): string[] {
  return natsUrl
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
