import type { StoreStats } from '@elo/embedded-mongo';

export const DEFAULT_WARN_MB = 512;

/** ELO_EMBEDDED_MONGO_WARN_MB: data size (MB) past which `npm start` recommends MONGO_URL. */
export function warnBytesFrom(env: NodeJS.ProcessEnv): number {
  const raw = env['ELO_EMBEDDED_MONGO_WARN_MB'];
  if (raw === undefined || raw === '') return DEFAULT_WARN_MB * 1024 * 1024;
  const mb = Number(raw);
  if (!Number.isInteger(mb) || mb < 1)
    throw new Error(`ELO_EMBEDDED_MONGO_WARN_MB: must be a whole number of megabytes, got ${raw}`);
  return mb * 1024 * 1024;
}

/**
 * The embedded engine holds every document in memory. Checks its data size and warns once each
 * time it grows past `limitBytes` (again only after it has fallen back below 90 % of it).
 */
export function sizeWarning(
  stats: () => StoreStats | undefined,
  limitBytes: number,
  warn: (message: string) => void,
): () => void {
  let warned = false;
  return () => {
    const dataBytes = stats()?.dataBytes ?? 0;
    if (warned && dataBytes < limitBytes * 0.9) warned = false;
    if (warned || dataBytes <= limitBytes) return;
    warned = true;
    const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
    warn(
      `The embedded MongoDB now holds ${mb(dataBytes)} of data (${stats()?.documents ?? 0} documents), past ` +
        `ELO_EMBEDDED_MONGO_WARN_MB=${mb(limitBytes)}. It keeps all data in memory and replays its journal ` +
        `on start: for data this size, run a real MongoDB and set MONGO_URL.`,
    );
  };
}
