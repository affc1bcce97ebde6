import 'reflect-metadata';
import { loadConfigOrExit } from '@elo/config';
import { createLogger } from '@elo/observability';
import { runMain } from '@elo/runtime';
import { startGateway } from './bootstrap';
import { gatewayConfigSchema } from './config';

const config = loadConfigOrExit(gatewayConfigSchema);
const logger = createLogger('gateway', config.LOG_LEVEL);
runMain(logger, async () => {
  const gateway = await startGateway(config, logger);
  logger.info({ url: gateway.url, docs: `${gateway.url}/docs` }, 'gateway ready');
});
