import type { CounterStore, WindowSlot } from './counter-store';

interface Lease {
  /** The count the next hit takes. */
  next: number;
  /** The last count reserved: past it, another lease is needed. */
  last: number;
  endsAt: number;
}

/**
 * A replica's budget taken from the shared counters in leases of `size` hits: one shared write per
 * `size` requests instead of one per request (test/bench/gateway.bench.ts). Every hit still has its own
 * place in the shared count (a lease is the range of counts the shared store gave this replica), so
 * replicas together never admit more than the quota. The cost is accuracy the other way: hits a replica
 * reserved and did not use in a window are lost, at most `size - 1` per replica and window, so a client
 * spread over replicas may be refused slightly early. Only whole hits are leased; other deltas (giving
 * a count back) go straight to the shared store.
 */
export class LeasedCounterStore implements CounterStore {
  private readonly leases = new Map<string, Lease>();
  private readonly reserving = new Map<string, Promise<void>>();
  private sweepAt = 0;

  constructor(
    private readonly shared: CounterStore,
    private readonly size: number,
    private readonly now: () => number = Date.now,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new Error('a lease holds at least one hit');
  }

  async add(slot: WindowSlot, delta: number): Promise<number> {
    if (delta !== 1) return this.shared.add(slot, delta);
    for (;;) {
      const lease = this.leases.get(slot.key);
      if (lease && lease.next <= lease.last) return lease.next++;
      await this.reserve(slot);
    }
  }

  /** One reservation per key at a time: hits arriving meanwhile wait for it instead of reserving too. */
  private reserve(slot: WindowSlot): Promise<void> {
    const inFlight = this.reserving.get(slot.key);
    if (inFlight) return inFlight;
    const reservation = this.shared
      .add(slot, this.size)
      .then((total) => {
        this.sweep();
        this.leases.set(slot.key, { next: total - this.size + 1, last: total, endsAt: slot.endsAt });
      })
      .finally(() => this.reserving.delete(slot.key));
    this.reserving.set(slot.key, reservation);
    return reservation;
  }

  /** Leases of ended windows are dropped, at most once a second. */
  private sweep(): void {
    const now = this.now();
    if (now < this.sweepAt) return;
    this.sweepAt = now + 1_000;
    for (const [key, lease] of this.leases) if (lease.endsAt <= now) this.leases.delete(key);
  }
}

/** Leases of about 1 % of the quota, 1 to 50 hits: small against the quota, large against the write rate. */
export function leaseSizeFor(quota: number): number {
  return Math.min(50, Math.max(1, Math.floor(quota / 100)));
}
