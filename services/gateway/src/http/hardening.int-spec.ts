import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DEV_ADMIN_CLIENT_ID, DEV_ADMIN_CLIENT_SECRET } from '@elo/contracts';
import { spawnNats, type TestNats } from '@elo/testing';
import { startGatewayAlone } from '../test-fixtures/gateway-alone';

// The gateway alone (no service runs): what it answers by itself, on every response.
type Problem = { status: number; code: string; detail: string; instance: string };

describe('gateway hardening', () => {
  let nats: TestNats;
  let app: NestFastifyApplication;
  let token: string;

  const gateway = (env: Record<string, string> = {}) =>
    startGatewayAlone(nats.url, { RPC_TIMEOUT_MS: '1000', BODY_LIMIT_BYTES: '2048', ...env });
  const admin = { grant_type: 'client_credentials', client_id: DEV_ADMIN_CLIENT_ID };

  beforeAll(async () => {
    nats = await spawnNats();
    app = await gateway();
    const res = await app.inject({
      method: 'POST',
      url: '/v1/auth/token',
      payload: { ...admin, client_secret: DEV_ADMIN_CLIENT_SECRET },
    });
    token = res.json<{ access_token: string }>().access_token;
  });

  afterAll(async () => {
    await app?.close();
    await nats?.stop();
  });

  const auth = () => ({ authorization: `Bearer ${token}` });

  it('sends nosniff on every response, and no-store on every authenticated one and every session answer', async () => {
    const responses = [
      await app.inject({ method: 'GET', url: '/health' }),
      await app.inject({ method: 'GET', url: '/nowhere' }),
      await app.inject({ method: 'GET', url: '/docs/openapi.json' }),
      await app.inject({ method: 'GET', url: '/v1/institutions', headers: auth() }),
      await app.inject({ method: 'GET', url: '/v1/institutions', headers: { authorization: 'Bearer x' } }),
      await app.inject({ method: 'GET', url: '/v1/admin/dead-letters?limit=0', headers: auth() }),
      await app.inject({
        method: 'GET',
        url: '/v1/plan/dashboard',
        headers: { cookie: `elo_session=${'a'.repeat(43)}` },
      }),
      await app.inject({ method: 'POST', url: '/v1/session', payload: { email: 'a@b.c', password: 'x' } }),
    ];
    for (const res of responses) expect(res.headers['x-content-type-options']).toBe('nosniff');
    for (const res of responses.slice(3)) expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers a body over the limit with 413 problem+json', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/institutions',
      headers: { ...auth(), 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(4_096) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json<Problem>().code).toBe('COMMON.PAYLOAD_TOO_LARGE');
  });

  it('names the path without its query string in `instance`', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/institutions?q=secret-term&limit=999' });
    expect(res.statusCode).toBe(401);
    expect(res.json<Problem>().instance).toBe('/v1/institutions');
    expect(res.body).not.toContain('secret-term');
  });

  it('tells nothing internal in a 5xx: no service name, subject or stack, only the correlation id', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/institutions', headers: auth() });
    expect(res.statusCode).toBe(503); // no directory runs here
    const body = res.json<Problem & { correlationId: string }>();
    expect(body.code).toBe('COMMON.SERVICE_UNAVAILABLE');
    expect(res.body).not.toMatch(/directory|institution\.list|\bat \S+ \(|Error:/);
    expect(body.correlationId).toBe(res.headers['x-request-id']);
  });

  it('answers a dead-letter request naming a service that is not running with 4xx, not 503', async () => {
    const id = 'referrals.665f1c2e9b1e8a0012345678';
    for (const [method, url] of [
      ['POST', `/v1/admin/dead-letters/${id}/replay`],
      ['DELETE', `/v1/admin/dead-letters/${id}`],
    ] as const) {
      const res = await app.inject({ method, url, headers: auth() });
      expect([url, res.statusCode, res.json<Problem>().code]).toEqual([
        url,
        404,
        'MESSAGING.DEAD_LETTER_NOT_FOUND',
      ]);
    }
    const list = await app.inject({
      method: 'GET',
      url: '/v1/admin/dead-letters?service=referrals',
      headers: auth(),
    });
    expect([list.statusCode, list.json<Problem>().code]).toEqual([400, 'COMMON.VALIDATION']);
  });

  it('sends no CORS header by default, and only to allowed origins when configured', async () => {
    const preflight = {
      method: 'OPTIONS' as const,
      url: '/v1/institutions',
      headers: { origin: 'https://painel.example.gov.br', 'access-control-request-method': 'GET' },
    };
    const closed = await app.inject(preflight);
    expect(closed.headers['access-control-allow-origin']).toBeUndefined();
    const get = await app.inject({
      method: 'GET',
      url: '/health',
      headers: { origin: preflight.headers.origin },
    });
    expect(get.headers['access-control-allow-origin']).toBeUndefined();

    const open = await gateway({ CORS_ALLOWED_ORIGINS: 'https://painel.example.gov.br' });
    try {
      const allowed = await open.inject(preflight);
      expect(allowed.headers['access-control-allow-origin']).toBe('https://painel.example.gov.br');
      const other = await open.inject({
        ...preflight,
        headers: { ...preflight.headers, origin: 'https://evil.example.com' },
      });
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await open.close();
    }
  });

  it('sets the HTTP server timeouts from the configuration', async () => {
    const timed = await gateway({ HTTP_REQUEST_TIMEOUT_MS: '12000', HTTP_CONNECTION_TIMEOUT_MS: '34000' });
    try {
      const server = timed.getHttpServer();
      expect([server.requestTimeout, server.timeout]).toEqual([12_000, 34_000]);
    } finally {
      await timed.close();
    }
    const server = app.getHttpServer();
    expect(server.requestTimeout).toBeGreaterThan(0);
    expect(server.timeout).toBeGreaterThan(0);
  });
});
