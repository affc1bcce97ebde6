import { createHash } from 'node:crypto';

/** A fixed window of one limit: which window of `windowMs` a moment falls in, and when it ends. */
export interface WindowSlot {
  /** The counter's key: the limit, the window and a digest of what is counted (never the raw id). */
  key: string;
  /** When this window ends (epoch ms). */
  endsAt: number;
}

export function windowSlot(limit: string, subject: string, windowMs: number, now: number): WindowSlot {
  const index = Math.floor(now / windowMs);
  // Client ids and addresses are hashed: KV keys allow few characters, and the store need not know them.
  const digest = createHash('sha256').update(subject).digest('base64url').slice(0, 27);
  return { key: `${limit}.${index}.${digest}`, endsAt: (index + 1) * windowMs };
}

/**
 * Adds `delta` (negative to give back) to a window's counter and answers the new total. Counters
 * expire on their own some time after their window ends.
 */
export interface CounterStore {
  add(slot: WindowSlot, delta: number): Promise<number>;
}

/** The in-process fallback: counts of this replica only, used while the shared store is unreachable. */
export class LocalCounterStore implements CounterStore {
  private readonly counts = new Map<string, { count: number; endsAt: number }>();
  private sweepAt = 0;

  constructor(private readonly now: () => number = Date.now) {}

  add(slot: WindowSlot, delta: number): Promise<number> {
    this.sweep();
    const entry = this.counts.get(slot.key) ?? { count: 0, endsAt: slot.endsAt };
    entry.count = Math.max(0, entry.count + delta);
    this.counts.set(slot.key, entry);
    return Promise.resolve(entry.count);
  }

  get size(): number {
    return this.counts.size;
  }

  /** Drops ended windows, at most once a second, so memory follows the active clients only. */
  private sweep(): void {
    const now = this.now();
    if (now < this.sweepAt) return;
    this.sweepAt = now + 1_000;
    for (const [key, entry] of this.counts) if (entry.endsAt <= now) this.counts.delete(key);
  }
}
