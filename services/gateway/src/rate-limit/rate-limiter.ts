import type { Logger } from '@nestjs/common';
import type { Counter } from 'prom-client';
import { LocalCounterStore, windowSlot, type CounterStore } from './counter-store';

/** One limit: at most `quota` counted events per subject in each fixed window of `windowSeconds`. */
export interface LimitPolicy {
  /** Its name in keys and in the RateLimit-Policy header. */
  name: string;
  quota: number;
  windowSeconds: number;
}

/** The state of one subject's window after a hit. */
export interface LimitState {
  policy: LimitPolicy;
  count: number;
  /** Left in this window (never negative). */
  remaining: number;
  /** Seconds until the window ends (at least 1). */
  resetSeconds: number;
  exceeded: boolean;
}

export interface RateLimiterDeps {
  shared: CounterStore;
  local?: CounterStore;
  /** After the shared store fails, how long to count locally before trying it again. */
  retryMs: number;
  logger: Pick<Logger, 'warn' | 'log'>;
  storeFailures: Pick<Counter, 'inc'>;
  now?: () => number;
}

/**
 * Counts through the shared store (every replica sees the same totals). When that store does not
 * answer, it fails open to per-replica counting: limits still hold, per replica, so a client may get
 * up to `replicas × quota` while the store is away. That choice, its log line and metric are
 * documented in the README.
 */
export class RateLimiter {
  private readonly local: CounterStore;
  private readonly now: () => number;
  private sharedDownUntil = 0;

  constructor(private readonly deps: RateLimiterDeps) {
    this.now = deps.now ?? Date.now;
    this.local = deps.local ?? new LocalCounterStore(this.now);
  }

  /** Counts `delta` (1 per hit, -1 to give one back) for a subject under a policy. */
  async add(policy: LimitPolicy, subject: string, delta = 1): Promise<LimitState> {
    const now = this.now();
    const slot = windowSlot(policy.name, subject, policy.windowSeconds * 1000, now);
    const count = await this.count(slot, delta, now);
    return {
      policy,
      count,
      remaining: Math.max(0, policy.quota - count),
      resetSeconds: Math.max(1, Math.ceil((slot.endsAt - now) / 1000)),
      exceeded: count > policy.quota,
    };
  }

  /** Whether counts currently go to the shared store (false while failed over to local counting). */
  get usingSharedStore(): boolean {
    return this.now() >= this.sharedDownUntil;
  }

  private async count(slot: Parameters<CounterStore['add']>[0], delta: number, now: number): Promise<number> {
    if (now >= this.sharedDownUntil) {
      try {
        const total = await this.deps.shared.add(slot, delta);
        if (this.sharedDownUntil !== 0) {
          this.sharedDownUntil = 0;
          this.deps.logger.log('rate-limit store reachable again: counting across replicas');
        }
        return total;
      } catch (error) {
        this.sharedDownUntil = this.now() + this.deps.retryMs;
        this.deps.storeFailures.inc();
        this.deps.logger.warn({
          msg: 'rate-limit store unreachable: counting in this replica only',
          err: error instanceof Error ? error.message : String(error),
          retryMs: this.deps.retryMs,
        });
      }
    }
    return this.local.add(slot, delta);
  }
}
