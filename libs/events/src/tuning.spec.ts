import { ConfigError } from '@elo/config';
import { backoffDelay, tuningFromEnv } from './tuning';

describe('backbone tuning', () => {
  it('has production defaults: 8 deliveries, growing backoff', () => {
    const tuning = tuningFromEnv({});
    expect(tuning.maxDeliver).toBe(8);
    expect(tuning.backoffMs[0]).toBe(10_000);
    expect(tuning.processedTtlMs).toBeGreaterThan(tuning.streamMaxAgeMs);
    expect(tuning).toMatchObject({ ackWaitMs: 30_000, handlerTimeoutMs: 60_000 });
  });

  it('reads the environment and names a wrong variable', () => {
    expect(tuningFromEnv({ ELO_EVENTS_BACKOFF_MS: '100,200', ELO_EVENTS_MAX_DELIVER: '3' })).toMatchObject({
      backoffMs: [100, 200],
      maxDeliver: 3,
    });
    expect(
      tuningFromEnv({ ELO_EVENTS_ACK_WAIT_MS: '2000', ELO_EVENTS_HANDLER_TIMEOUT_MS: '500' }),
    ).toMatchObject({ ackWaitMs: 2_000, handlerTimeoutMs: 500 });
    expect(() => tuningFromEnv({ ELO_EVENTS_BACKOFF_MS: 'soon' })).toThrow(ConfigError);
    expect(() => tuningFromEnv({ ELO_EVENTS_HANDLER_TIMEOUT_MS: '0' })).toThrow(/HANDLER_TIMEOUT/);
    expect(() => tuningFromEnv({ ELO_EVENTS_BACKOFF_MS: '100,200', ELO_EVENTS_MAX_DELIVER: '2' })).toThrow(
      /ELO_EVENTS_MAX_DELIVER/,
    );
  });

  it('sets stream replicas from ELO_STREAM_REPLICAS: 1 by default, an odd quorum otherwise', () => {
    expect(tuningFromEnv({}).streamReplicas).toBe(1);
    expect(tuningFromEnv({ ELO_STREAM_REPLICAS: '3' }).streamReplicas).toBe(3);
    for (const wrong of ['2', '0', '7', 'three']) {
      expect(() => tuningFromEnv({ ELO_STREAM_REPLICAS: wrong })).toThrow(/ELO_STREAM_REPLICAS/);
    }
  });

  it('picks the delay for each failed delivery, repeating the last step', () => {
    const tuning = { backoffMs: [100, 200, 400] };
    expect([1, 2, 3, 4, 9].map((n) => backoffDelay(tuning, n))).toEqual([100, 200, 400, 400, 400]);
  });
});
