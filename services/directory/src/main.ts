import 'reflect-metadata';
import { loadConfigOrExit } from '@elo/config';
import { createLogger } from '@elo/observability';
import { runMain } from '@elo/runtime';
import { startDirectory } from './bootstrap';
import { directoryConfigSchema } from './config';

const config = loadConfigOrExit(directoryConfigSchema);
runMain(createLogger('directory', config.LOG_LEVEL), () => startDirectory(config));
