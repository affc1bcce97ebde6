import 'reflect-metadata';
import { loadConfigOrExit } from '@elo/config';
import { createLogger } from '@elo/observability';
import { runMain } from '@elo/runtime';
import { startNotifications } from './bootstrap';
import { notificationsConfigSchema } from './config';

const config = loadConfigOrExit(notificationsConfigSchema);
runMain(createLogger('notifications', config.LOG_LEVEL), () => startNotifications(config));
