import type { Clock } from '../common/clock';
import type { ReferralsConfig } from '../config';
import { RETENTION_BATCH, type Retention } from './retention';
import { RetentionJob } from './retention.job';

const NOW = new Date('2026-06-01T00:00:00Z');

function jobErasing(batches: number[]): { job: RetentionJob; calls: Date[] } {
  const calls: Date[] = [];
  const retention = {
    eraseFinished: (_now: Date, cutoff: Date) => {
      calls.push(cutoff);
      return Promise.resolve(batches.shift() ?? 0);
    },
  } as unknown as Retention;
  const clock: Clock = { now: () => NOW };
  const config = {
    REFERRALS_RETENTION_DAYS: 1825,
    REFERRALS_RETENTION_CHECK_MS: 3_600_000,
  } as ReferralsConfig;
  return { job: new RetentionJob(retention, clock, config), calls };
}

describe('RetentionJob', () => {
  it('keeps erasing while batches come back full, then stops at the first partial one', async () => {
    const { job, calls } = jobErasing([RETENTION_BATCH, RETENTION_BATCH, 37, RETENTION_BATCH]);
    await expect(job.runNow()).resolves.toBe(2 * RETENTION_BATCH + 37);
    expect(calls).toHaveLength(3);
    expect(new Set(calls.map((c) => c.toISOString()))).toEqual(new Set(['2021-06-02T00:00:00.000Z']));
  });

  it('stops after a bounded number of full batches in one run', async () => {
    const { job, calls } = jobErasing(Array.from({ length: 500 }, () => RETENTION_BATCH));
    await job.runNow();
    expect(calls.length).toBeLessThan(500);
    expect(calls.length).toBeGreaterThan(1);
  });
});
