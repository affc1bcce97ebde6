export { freePort } from '@elo/stack';
