import 'reflect-metadata';
import { loadConfigOrExit } from '@elo/config';
import { createLogger } from '@elo/observability';
import { runMain } from '@elo/runtime';
import { startReferrals } from './bootstrap';
import { referralsConfigSchema } from './config';

const config = loadConfigOrExit(referralsConfigSchema);
runMain(createLogger('referrals', config.LOG_LEVEL), () => startReferrals(config));
