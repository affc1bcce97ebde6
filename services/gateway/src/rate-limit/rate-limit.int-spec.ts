import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DEV_ADMIN_CLIENT_ID, DEV_ADMIN_CLIENT_SECRET } from '@elo/contracts';
import { connect } from '@nats-io/transport-node';
import { spawnNats, type TestNats } from '@elo/testing';
import { startGatewayAlone } from '../test-fixtures/gateway-alone';

// Two gateway replicas on one NATS: the limits hold across them.
describe('gateway rate limits', () => {
  let nats: TestNats;
  let replicas: NestFastifyApplication[];
  const signingKey = randomBytes(32).toString('base64'); // replicas share it, as in production

  const start = () =>
    startGatewayAlone(nats.url, {
      // The stand-in directory and the shared counters answer slowly on a busy host: a timeout there
      // would be a 503 or a replica counting alone, not the limit under test.
      RPC_TIMEOUT_MS: '10000',
      RATE_LIMIT_STORE_TIMEOUT_MS: '10000',
      JWT_SIGNING_KEY: signingKey,
      // Windows are aligned to the clock: a day long, so none ends in the middle of a test.
      RATE_LIMIT_API_REQUESTS: '6',
      RATE_LIMIT_API_WINDOW_SECONDS: '86400',
      RATE_LIMIT_TOKEN_FAILURES_PER_CLIENT: '3',
      RATE_LIMIT_TOKEN_FAILURES_PER_ADDRESS: '5',
      RATE_LIMIT_TOKEN_WINDOW_SECONDS: '86400',
    });
  const token = (app: NestFastifyApplication, clientId: string, secret: string, address = '10.0.0.1') =>
    app.inject({
      method: 'POST',
      url: '/v1/auth/token',
      remoteAddress: address,
      payload: { grant_type: 'client_credentials', client_id: clientId, client_secret: secret },
    });

  beforeAll(async () => {
    nats = await spawnNats();
    replicas = [await start(), await start()];
  });

  afterAll(async () => {
    await Promise.all((replicas ?? []).map((app) => app.close()));
    await nats?.stop();
  });

  it('limits API requests per client across replicas, with RateLimit headers and then 429 + Retry-After', async () => {
    const issued = await token(replicas[0], DEV_ADMIN_CLIENT_ID, DEV_ADMIN_CLIENT_SECRET, '10.0.0.9');
    const headers = { authorization: `Bearer ${issued.json<{ access_token: string }>().access_token}` };
    const remaining: string[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await replicas[i % 2].inject({ method: 'GET', url: '/v1/plan/axes', headers });
      expect(res.statusCode).not.toBe(429);
      expect([i, res.headers['ratelimit-policy']]).toEqual([i, '"api";q=6;w=86400']);
      remaining.push(String(res.headers['ratelimit']).replace(/;t=\d+$/, ''));
    }
    expect(remaining).toEqual([5, 4, 3, 2, 1, 0].map((r) => `"api";r=${r}`));
    for (const app of replicas) {
      const res = await app.inject({ method: 'GET', url: '/v1/plan/axes', headers });
      expect(res.statusCode).toBe(429);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json<{ code: string }>().code).toBe('COMMON.RATE_LIMITED');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(86400);
    }
  });

  it('counts only refused credentials: not successes, malformed requests or a directory that does not answer', async () => {
    for (let i = 0; i < 8; i++) {
      const ok = await token(replicas[i % 2], DEV_ADMIN_CLIENT_ID, DEV_ADMIN_CLIENT_SECRET, '10.3.0.1');
      expect(ok.statusCode).toBe(200);
      // No directory runs here: a client it would check gets 503, which is not the client's failure.
      expect((await token(replicas[i % 2], 'agency-client', 'some-secret-0000', '10.3.0.1')).statusCode).toBe(
        503,
      );
      const malformed = await replicas[i % 2].inject({
        method: 'POST',
        url: '/v1/auth/token',
        remoteAddress: '10.3.0.1',
        payload: { grant_type: 'password' },
      });
      expect(malformed.statusCode).toBe(400);
    }
  });

  it('blocks a client id after its failed token requests, even with the right secret then', async () => {
    for (let i = 0; i < 3; i++) {
      expect(
        (await token(replicas[i % 2], DEV_ADMIN_CLIENT_ID, 'wrong-secret-000', `10.1.0.${i}`)).statusCode,
      ).toBe(401);
    }
    const blocked = await token(replicas[1], DEV_ADMIN_CLIENT_ID, DEV_ADMIN_CLIENT_SECRET, '10.1.0.9');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.json<{ code: string }>().code).toBe('COMMON.RATE_LIMITED');
  });

  it('blocks a source address after failed token requests naming any client ids', async () => {
    // A stand-in directory that refuses every client, as the real one refuses unknown ids.
    const directory = await connect({ servers: nats.url });
    directory.subscribe('directory.client.credentials', {
      callback: (_error, msg) => {
        msg.respond(JSON.stringify({ response: { known: false } }));
      },
    });
    await directory.flush();
    try {
      await expectAddressBlocked();
    } finally {
      await directory.close();
    }
  });

  const expectAddressBlocked = async () => {
    for (let i = 0; i < 5; i++) {
      expect(
        (await token(replicas[i % 2], `unknown-${i}`, 'wrong-secret-000', '10.2.0.1')).statusCode,
      ).not.toBe(429);
    }
    const blocked = await token(replicas[0], 'unknown-99', 'wrong-secret-000', '10.2.0.1');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await token(replicas[0], 'unknown-99', 'wrong-secret-000', '10.2.0.2')).statusCode).not.toBe(429);
  };
});
