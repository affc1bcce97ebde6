import { canonicalKey } from './canonical-key';
import type { Collection } from './collection';
import type { CollectionIndex } from './collection-index';
import type { Doc } from './document';
import type { Engine } from './engine';
import type { ExpiryQueue } from './expiry-queue';

// Stale queue entries (from removed or re-dated documents) beyond this are compacted away.
const STALE_SLACK = 1024;

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

// Only queue entries that are due are looked at; each is checked against the stored document,
// which may have been removed or given another date since.
function sweepIndex(collection: Collection, index: CollectionIndex, now: number): number {
  const queue = index.expiries;
  if (!queue) return 0;
  const expired = new Map<string, Doc>();
  for (let due = queue.peek(); due !== undefined && due.at <= now; due = queue.peek()) {
    queue.pop();
    const doc = collection.getByKey(due.id);
    const expiry = doc && index.expiryOf(index.keysOf(doc));
    if (doc && expiry !== undefined && expiry <= now) expired.set(due.id, doc);
  }
  for (const doc of expired.values()) collection.remove(doc);
  if (queue.size > 2 * collection.size + STALE_SLACK) rebuild(collection, index, queue);
  return expired.size;
}

function rebuild(collection: Collection, index: CollectionIndex, queue: ExpiryQueue): void {
  queue.clear();
  for (const doc of collection.all()) {
    const expiry = index.expiryOf(index.keysOf(doc));
    if (expiry !== undefined) queue.push(expiry, canonicalKey(doc['_id']));
  }
}

/**
 * mongod checks every 60 s; tests and idempotency windows want seconds, so the default is 1 s.
 * The interval is read before each wait, so `setParameter: { ttlMonitorSleepSecs }` applies
 * from the next sweep. No sweep while `canSweep` says no (TTL monitor disabled, or writes
 * refused because the journal cannot be written).
 */
export function startTtlSweeper(
  engine: Engine,
  intervalMs: number | (() => number),
  canSweep = () => true,
): () => void {
  const interval = typeof intervalMs === 'number' ? () => intervalMs : intervalMs;
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    timer = setTimeout(() => {
      if (canSweep()) sweepExpired(engine);
      schedule();
    }, interval());
    timer.unref();
  };
  schedule();
  return () => clearTimeout(timer);
}
