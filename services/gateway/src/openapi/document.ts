import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { loadConfig } from '@elo/config';
import { GatewayModule } from '../app.module';
import { gatewayConfigSchema } from '../config';
import { buildOpenApi } from './openapi';

/**
 * The OpenAPI document without a bus or a socket: Nest's preview mode builds the module graph
 * without instantiating providers, which is all the document needs. The console's API types are
 * generated from it (see write-openapi.ts).
 */
export async function openApiDocument(): Promise<OpenAPIObject> {
  const config = loadConfig(gatewayConfigSchema, {
    NODE_ENV: 'test',
    NATS_URL: 'nats://127.0.0.1:4222',
    LOG_LEVEL: 'silent',
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    GatewayModule.forRoot(config),
    new FastifyAdapter(),
    { preview: true, logger: false, abortOnError: false },
  );
  try {
    return buildOpenApi(app);
  } finally {
    await app.close();
  }
}
