import { createHash } from 'node:crypto';
import { JetStreamApiCodes, JetStreamApiError, jetstream } from '@nats-io/jetstream';
import { Kvm, type KV } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/transport-node';
import { REPLAY_WINDOW_MS } from './caller-assertion';
import type { ReplayStore } from './replay-cache';

export interface KvReplayStoreOptions {
  /** replayBucketName(service): one bucket per service, shared by its replicas. */
  bucket: string;
  /** JetStream replicas of the bucket (ELO_STREAM_REPLICAS: 3 on a 3-node cluster). */
  replicas: number;
  timeoutMs?: number;
}

/**
 * Accepted assertion ids in a JetStream key-value bucket, so that every replica of a service refuses
 * an assertion another replica already accepted. Remembering is one atomic create: of two replicas
 * given the same id at once, exactly one succeeds. Entries leave with the bucket's age limit, which
 * outlasts any assertion; the store failing refuses the request (never accepts it unchecked).
 */
export class KvReplayStore implements ReplayStore {
  private bucket?: Promise<KV>;

  constructor(
    private readonly nc: NatsConnection,
    private readonly options: KvReplayStoreOptions,
  ) {}

  async remember(jti: string): Promise<boolean> {
    const kv = await this.open();
    try {
      await kv.create(keyOf(jti), '1');
      return true;
    } catch (error) {
      if (error instanceof JetStreamApiError && error.code === JetStreamApiCodes.StreamWrongLastSequence)
        return false;
      throw error;
    }
  }

  /** Creates (or binds to) the bucket; the service's boot calls it so that a missing grant shows then. */
  async open(): Promise<KV> {
    this.bucket ??= new Kvm(jetstream(this.nc, { timeout: this.options.timeoutMs ?? 5_000 }))
      .create(this.options.bucket, {
        history: 1,
        ttl: REPLAY_WINDOW_MS + 5_000,
        replicas: this.options.replicas,
      })
      .catch((error: unknown) => {
        this.bucket = undefined; // try again on the next request
        throw error;
      });
    return this.bucket;
  }
}

/** Ids are chosen by the signer: hashed, any id makes a valid key of fixed length. */
function keyOf(jti: string): string {
  return createHash('sha256').update(jti).digest('base64url');
}
