/** Where a verifier remembers the assertion ids it accepted, until they expire. */
export interface ReplayStore {
  /** True the first time `jti` is seen before `expiresAtMs`; false for a replay. */
  remember(jti: string, expiresAtMs: number): boolean | Promise<boolean>;
}

/**
 * Assertion ids seen until they expire, so a captured assertion cannot be sent twice to this
 * process. Bounded: past `capacity` live entries it refuses new ids (fails closed) rather than
 * forgetting one that could then be replayed. Entries leave as soon as their assertion expires.
 * One process only: replicas share a KvReplayStore instead.
 */
export class ReplayCache implements ReplayStore {
  // Insertion order is close to expiry order (one lifetime for every assertion), so expired entries
  // are swept from the front.
  private readonly seen = new Map<string, number>();

  constructor(private readonly capacity = 200_000) {}

  /** True the first time `jti` is seen before `expiresAtMs`; false for a replay or when full. */
  remember(jti: string, expiresAtMs: number, nowMs = Date.now()): boolean {
    this.sweep(nowMs);
    if (this.seen.has(jti)) return false;
    if (this.seen.size >= this.capacity) return false;
    this.seen.set(jti, expiresAtMs);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }

  private sweep(nowMs: number): void {
    for (const [jti, expiresAt] of this.seen) {
      if (expiresAt > nowMs) {
        // Lifetimes differ a little between signers: stop at the first live one at the front.
        break;
      }
      this.seen.delete(jti);
    }
  }
}
