import 'reflect-metadata';
import { loadConfigOrExit } from '@elo/config';
import { createLogger } from '@elo/observability';
import { runMain } from '@elo/runtime';
import { startPlanTracking } from './bootstrap';
import { planConfigSchema } from './config';

const config = loadConfigOrExit(planConfigSchema);
runMain(createLogger('plan-tracking', config.LOG_LEVEL), () => startPlanTracking(config));
