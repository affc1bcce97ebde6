import { readinessHandlerFor } from '@elo/runtime';

/** Lets the gateway's /health ask whether this service can serve. */
export const ReadinessHandler = readinessHandlerFor('referrals');
