import type { Caller } from '@elo/contracts';

/**
 * Bearer tokens already verified (signature and claims), each with its caller and the moment it stops
 * being acceptable (its `exp`, or `iat` + the token lifetime, whichever comes first). A client sends the
 * same token with every request until it expires, and checking its HMAC through WebCrypto each time
 * was the largest CPU cost of the gateway after the network (test/bench/gateway.bench.ts profiles).
 * Keyed by the whole token, so a hit is the very bytes that were verified: only time is checked
 * again. Revocation is not decided here but by the client-status cache, on every request.
 * Bounded: past `capacity`, the oldest entry leaves (it is verified again when it comes back).
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, { caller: Caller; validUntilMs: number }>();

  constructor(private readonly capacity = 10_000) {}

  /** The caller of a token verified before and still within its time; undefined otherwise. */
  get(token: string, nowMs = Date.now()): Caller | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (nowMs >= entry.validUntilMs) {
      this.entries.delete(token);
      return undefined;
    }
    // A copy: no request can change what the next one gets.
    return { ...entry.caller, roles: [...entry.caller.roles] };
  }

  remember(token: string, caller: Caller, validUntilMs: number): void {
    if (this.entries.size >= this.capacity && !this.entries.has(token)) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(token, { caller: { ...caller, roles: [...caller.roles] }, validUntilMs });
  }

  get size(): number {
    return this.entries.size;
  }
}
