import 'reflect-metadata';
import { loadConfigOrExit } from '@elo/config';
import { createLogger } from '@elo/observability';
import { runMain } from '@elo/runtime';
import { startPartnerships } from './bootstrap';
import { partnershipsConfigSchema } from './config';

const config = loadConfigOrExit(partnershipsConfigSchema);
runMain(createLogger('partnerships', config.LOG_LEVEL), () => startPartnerships(config));
