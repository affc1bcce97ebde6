import { JetStreamApiError, jetstream } from '@nats-io/jetstream';
import { Kvm, type KV } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/transport-node';
import type { CounterStore, WindowSlot } from './counter-store';

/** Compare-and-set attempts per batch before giving up (another replica keeps winning). */
const MAX_CAS_ATTEMPTS = 10;

interface Waiter {
  delta: number;
  resolve(total: number): void;
  reject(error: unknown): void;
}

/**
 * Counters in a JetStream key-value bucket, shared by every gateway replica. Each write is a
 * compare-and-set on the key's revision, so concurrent replicas never lose a count; within one
 * replica, hits on a key that arrive while a write is in flight are summed into the next write.
 */
export class KvCounterStore implements CounterStore {
  private bucket?: Promise<KV>;
  private readonly queued = new Map<string, Waiter[]>();
  private readonly writing = new Set<string>();

  constructor(
    private readonly nc: NatsConnection,
    private readonly options: { bucket: string; ttlMs: number; timeoutMs: number },
  ) {}

  add(slot: WindowSlot, delta: number): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      const waiters = this.queued.get(slot.key) ?? [];
      waiters.push({ delta, resolve, reject });
      this.queued.set(slot.key, waiters);
      if (!this.writing.has(slot.key)) void this.flush(slot.key);
    });
  }

  private async flush(key: string): Promise<void> {
    this.writing.add(key);
    for (let waiters = this.queued.get(key); waiters; waiters = this.queued.get(key)) {
      this.queued.delete(key);
      const sum = waiters.reduce((total, w) => total + w.delta, 0);
      try {
        let total = (await this.addNow(key, sum)) - sum;
        for (const waiter of waiters) waiter.resolve((total += waiter.delta));
      } catch (error) {
        for (const waiter of waiters) waiter.reject(error);
      }
    }
    this.writing.delete(key);
  }

  private async addNow(key: string, delta: number): Promise<number> {
    const kv = await this.open();
    for (let attempt = 0; attempt < MAX_CAS_ATTEMPTS; attempt++) {
      const entry = await kv.get(key);
      const current = entry?.operation === 'PUT' ? Number(entry.string()) || 0 : 0;
      const next = Math.max(0, current + delta);
      try {
        if (entry?.operation === 'PUT') await kv.update(key, String(next), entry.revision);
        else await kv.create(key, String(next));
        return next;
      } catch (error) {
        // Another replica wrote first (wrong last sequence): read again. Anything else is the store failing.
        if (!(error instanceof JetStreamApiError)) throw error;
      }
    }
    throw new Error(`rate-limit counter ${key}: still contended after ${MAX_CAS_ATTEMPTS} attempts`);
  }

  private open(): Promise<KV> {
    this.bucket ??= new Kvm(jetstream(this.nc, { timeout: this.options.timeoutMs }))
      .create(this.options.bucket, { history: 1, ttl: this.options.ttlMs })
      .catch((error: unknown) => {
        this.bucket = undefined; // try again on the next hit
        throw error;
      });
    return this.bucket;
  }
}
