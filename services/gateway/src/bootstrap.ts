import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { ProblemExceptionFilter } from '@elo/errors';
import { METRICS_REGISTRY, PinoNestLogger, createLogger } from '@elo/observability';
import { GatewayModule } from './app.module';
import { registerWwwAuthenticate } from './auth/www-authenticate';
import type { GatewayConfig } from './config';
import { registerConsole } from './http/console';
import { registerCorrelation } from './http/correlation';
import { MAX_PARAM_LENGTH, frameworkErrors } from './http/framework-errors';
import { registerJsonBodyParser } from './http/json-body';
import { registerRequestLog } from './http/request-log';
import { CORS_EXPOSED_HEADERS, registerSecurityHeaders } from './http/security-headers';
import { buildOpenApi, mountOpenApi } from './openapi/openapi';

export interface RunningGateway {
  app: NestFastifyApplication;
  url: string;
  close(): Promise<void>;
}

export async function createGateway(
  config: GatewayConfig,
  logger: Logger = createLogger('gateway', config.LOG_LEVEL),
) {
  const adapter = new FastifyAdapter({
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: false,
    // Node's defaults never time out a slow sender: one idle socket or a trickled body per attacker.
    connectionTimeout: config.HTTP_CONNECTION_TIMEOUT_MS,
    requestTimeout: config.HTTP_REQUEST_TIMEOUT_MS,
    maxParamLength: MAX_PARAM_LENGTH,
    frameworkErrors,
  });
  const app = await NestFactory.create<NestFastifyApplication>(GatewayModule.forRoot(config), adapter, {
    logger: new PinoNestLogger(logger),
    bufferLogs: true,
    // Rejects with the provider's error instead of process.exit(1) (see libs/runtime's bootstrap).
    abortOnError: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  registerCorrelation(fastify);
  registerSecurityHeaders(fastify);
  registerJsonBodyParser(app, config.BODY_LIMIT_BYTES);
  registerRequestLog(fastify, logger, app.get(METRICS_REGISTRY));
  registerWwwAuthenticate(fastify);
  // Closed by default: without an allowlist no CORS header is ever sent, so browsers refuse other origins.
  if (config.CORS_ALLOWED_ORIGINS.length > 0) {
    app.enableCors({
      origin: config.CORS_ALLOWED_ORIGINS,
      methods: ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'X-Request-Id'],
      exposedHeaders: CORS_EXPOSED_HEADERS,
      credentials: false,
      maxAge: 600,
    });
  }
  app.enableShutdownHooks();
  app.useGlobalFilters(new ProblemExceptionFilter());
  mountOpenApi(app, buildOpenApi(app));
  await registerConsole(app, config.CONSOLE_DIR);
  return app;
}

export async function startGateway(config: GatewayConfig, logger?: Logger): Promise<RunningGateway> {
  const app = await createGateway(config, logger);
  await app.listen(config.PORT, config.HOST);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  return { app, url: `http://${config.HOST}:${port}`, close: () => app.close() };
}
