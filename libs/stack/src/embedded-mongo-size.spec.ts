import type { StoreStats } from '@elo/embedded-mongo';
import { sizeWarning, warnBytesFrom } from './embedded-mongo-size';

const MB = 1024 * 1024;

describe('embedded MongoDB size warning', () => {
  it('reads ELO_EMBEDDED_MONGO_WARN_MB, defaulting to 512 MB, and refuses a bad value naming it', () => {
    expect(warnBytesFrom({})).toBe(512 * MB);
    expect(warnBytesFrom({ ELO_EMBEDDED_MONGO_WARN_MB: '64' })).toBe(64 * MB);
    expect(() => warnBytesFrom({ ELO_EMBEDDED_MONGO_WARN_MB: '1.5' })).toThrow(
      /^ELO_EMBEDDED_MONGO_WARN_MB:/,
    );
    expect(() => warnBytesFrom({ ELO_EMBEDDED_MONGO_WARN_MB: '0' })).toThrow(/ELO_EMBEDDED_MONGO_WARN_MB/);
  });

  it('warns once when the data grows past the limit, recommending MONGO_URL, and again after it shrank', () => {
    let stats: StoreStats = { documents: 10, dataBytes: 50 * MB, journalBytes: 0, snapshotBytes: 0 };
    const warnings: string[] = [];
    const check = sizeWarning(
      () => stats,
      100 * MB,
      (message) => warnings.push(message),
    );
    check();
    expect(warnings).toEqual([]);
    stats = { ...stats, documents: 20, dataBytes: 120 * MB };
    check();
    check();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('120 MB');
    expect(warnings[0]).toContain('MONGO_URL');
    stats = { ...stats, dataBytes: 80 * MB };
    check();
    stats = { ...stats, dataBytes: 130 * MB };
    check();
    expect(warnings).toHaveLength(2);
  });
});
