import { referralsConfigSchema } from './config';

const BASE = { NODE_ENV: 'test', NATS_URL: 'nats://127.0.0.1:4999', MONGO_URL: 'mongodb://127.0.0.1:1' };
const parse = (env: Record<string, string>) => referralsConfigSchema.safeParse({ ...BASE, ...env });

// The retention period erases victims' identifiers: a typo must stop the boot, not erase early.
describe('referrals configuration: retention', () => {
  it('keeps identifiers five years by default, checking hourly', () => {
    const config = parse({});
    expect(config.success && config.data.REFERRALS_RETENTION_DAYS).toBe(1825);
    expect(config.success && config.data.REFERRALS_RETENTION_CHECK_MS).toBe(3_600_000);
  });

  it('takes whole days within bounds', () => {
    expect(parse({ REFERRALS_RETENTION_DAYS: '3650' }).success).toBe(true);
    for (const days of ['0', '179', '36501', '30.5', 'five years', ''])
      expect(parse({ REFERRALS_RETENTION_DAYS: days }).success).toBe(false);
  });

  it('refuses a check interval out of bounds', () => {
    for (const ms of ['0', '199', '86400001'])
      expect(parse({ REFERRALS_RETENTION_CHECK_MS: ms }).success).toBe(false);
  });
});
