import { randomUUID } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { JWK } from 'jose';
import { codeOf, spawnNats, type TestNats } from '@elo/testing';
import { CallerAssertionSigner, CallerAssertionVerifier, REPLAY_WINDOW_MS } from './caller-assertion';
import { KvReplayStore } from './kv-replay-store';
import { generateRpcKey } from './rpc-keys';

const gateway = generateRpcKey('gateway', 'k1');
const PATTERN = 'directory.institution.list';

describe('KvReplayStore: accepted assertion ids shared by replicas', () => {
  let nats: TestNats;
  const connections: NatsConnection[] = [];
  const bucket = `elo-rpc-replays-test-${randomUUID().slice(0, 8)}`;

  /** One replica: its own connection, its own store object, the one bucket. */
  async function replica(): Promise<{ verifier: CallerAssertionVerifier; store: KvReplayStore }> {
    const nc = await connect({ servers: nats.url });
    connections.push(nc);
    const store = new KvReplayStore(nc, { bucket, replicas: 1 });
    await store.open();
    return { verifier: await CallerAssertionVerifier.create([gateway.publicKey], store), store };
  }

  beforeAll(async () => {
    nats = await spawnNats();
  });

  afterAll(async () => {
    for (const nc of connections) await nc.close();
    await nats?.stop();
  });

  it('refuses on a second replica an assertion the first accepted, and accepts fresh ones on both', async () => {
    const [a, b] = [await replica(), await replica()];
    const signer = await CallerAssertionSigner.create(JSON.parse(gateway.signingKey) as JWK);
    const token = await signer.sign(PATTERN);
    await expect(a.verifier.verify(token, PATTERN)).resolves.toEqual({ issuer: 'gateway' });
    expect(await codeOf(b.verifier.verify(token, PATTERN))).toBe('AUTH.UNAUTHENTICATED');
    await expect(b.verifier.verify(token, PATTERN)).rejects.toThrow('was already used');
    await expect(a.verifier.verify(token, PATTERN)).rejects.toThrow('was already used');
    await expect(b.verifier.verify(await signer.sign(PATTERN), PATTERN)).resolves.toEqual({
      issuer: 'gateway',
    });
  });

  it('lets exactly one of two replicas remember an id offered to both at once', async () => {
    const [a, b] = [await replica(), await replica()];
    const ids = Array.from({ length: 20 }, () => randomUUID());
    const results = await Promise.all(
      ids.flatMap((id) => [a.store.remember(id), b.store.remember(id)].map((p) => p.then(Number))),
    );
    for (let i = 0; i < ids.length; i++) expect((results[2 * i] ?? 0) + (results[2 * i + 1] ?? 0)).toBe(1);
  });

  it('keeps ids only as long as an assertion can live, in one bucket holding one value each', async () => {
    const jsm = await jetstreamManager(connections[0]);
    const info = await jsm.streams.info(`KV_${bucket}`);
    expect(info.config.max_age).toBe((REPLAY_WINDOW_MS + 5_000) * 1_000_000);
    expect(info.config.max_msgs_per_subject).toBe(1);
  });
});
