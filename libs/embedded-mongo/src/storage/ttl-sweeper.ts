import type { Collection } from './collection';
import type { CollectionIndex } from './collection-index';
import type { Doc } from './document';
import type { Engine } from './engine';
import { valuesAtPath } from './index-keys';

/** Removes documents whose TTL index date plus expireAfterSeconds has passed; returns how many. */
export function sweepExpired(engine: Engine, now = Date.now()): number {
  let removed = 0;
  for (const db of engine.listDatabases()) {
    for (const collection of db.listCollections()) {
      for (const index of collection.secondaryIndexes()) removed += sweepIndex(collection, index, now);
    }
  }
  return removed;
}

function sweepIndex(collection: Collection, index: CollectionIndex, now: number): number {
  const seconds = index.spec.expireAfterSeconds;
  if (typeof seconds !== 'number' || index.fields.length !== 1) return 0;
  const path = index.fields[0].split('.');
  const expired: Doc[] = [];
  for (const doc of collection.all()) {
    const expiry = earliestDate(valuesAtPath(doc, path));
    if (expiry !== undefined && expiry + seconds * 1000 <= now && index.keysOf(doc).length > 0)
      expired.push(doc);
  }
  for (const doc of expired) collection.remove(doc);
  return expired.length;
}

// Like mongod, an array of dates expires with its earliest date; non-dates never expire.
function earliestDate(values: unknown[]): number | undefined {
  let earliest: number | undefined;
  for (const value of values) {
    if (value instanceof Date && (earliest === undefined || value.getTime() < earliest))
      earliest = value.getTime();
  }
  return earliest;
}

/** mongod checks every 60 s; tests and idempotency windows want seconds, so the default is 1 s. */
export function startTtlSweeper(engine: Engine, intervalMs: number): () => void {
  const timer = setInterval(() => sweepExpired(engine), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
