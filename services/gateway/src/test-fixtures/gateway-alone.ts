import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@elo/config';
import { createGateway } from '../bootstrap';
import { gatewayConfigSchema } from '../config';

/**
 * A gateway on `natsUrl` with no service behind it, ready for `inject`: what it answers by itself.
 * `env` adds to or overrides the test configuration. The caller closes it.
 */
export async function startGatewayAlone(
  natsUrl: string,
  env: Record<string, string> = {},
): Promise<NestFastifyApplication> {
  const config = loadConfig(gatewayConfigSchema, {
    NODE_ENV: 'test',
    NATS_URL: natsUrl,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const app = await createGateway(config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
