import 'reflect-metadata';
import { loadConfigOrExit } from '@elo/config';
import { createLogger } from '@elo/observability';
import { runMain } from '@elo/runtime';
import { startTraining } from './bootstrap';
import { trainingConfigSchema } from './config';

const config = loadConfigOrExit(trainingConfigSchema);
runMain(createLogger('training', config.LOG_LEVEL), () => startTraining(config));
