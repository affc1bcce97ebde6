import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { SignJWT, UnsecuredJWT, decodeJwt } from 'jose';
import { REPO_ROOT } from '@elo/stack';
import { expectEventually, type TestClient, type TestStack } from '@elo/testing';
import { startAuthFixture, type AuthFixture, type Problem } from './support/auth-fixture';

describe('identity at the gateway', () => {
  let fx: AuthFixture;
  let stack: TestStack;
  let mjsp: string;
  let agency: TestClient;

  beforeAll(async () => {
    fx = await startAuthFixture();
    ({ stack, mjsp, agency } = fx);
  }, 120_000);

  afterAll(async () => {
    await fx?.stop();
  });

  describe('POST /v1/auth/token', () => {
    it('issues a Bearer JWT for JSON credentials, living at most 15 minutes, not cacheable', async () => {
      const res = await stack.api.request<{ access_token: string; token_type: string; expires_in: number }>(
        'POST',
        '/v1/auth/token',
        {
          body: {
            grant_type: 'client_credentials',
            client_id: agency.clientId,
            client_secret: agency.clientSecret,
          },
        },
      );
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 900 });
      expect(res.headers.get('cache-control')).toBe('no-store');
      const claims = decodeJwt(fx.remember(res.body.access_token));
      expect(claims).toMatchObject({ sub: agency.clientId, inst: mjsp, roles: ['agency'] });
      expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBeLessThanOrEqual(900);
    });

    it('accepts a form body and HTTP Basic', async () => {
      const form = await stack.api.request<{ access_token: string }>('POST', '/v1/auth/token', {
        form: {
          grant_type: 'client_credentials',
          client_id: agency.clientId,
          client_secret: agency.clientSecret,
        },
      });
      expect(form.status).toBe(200);
      fx.remember(form.body.access_token);
      const basic = Buffer.from(`${agency.clientId}:${agency.clientSecret}`).toString('base64');
      const viaBasic = await stack.api.request<{ access_token: string }>('POST', '/v1/auth/token', {
        form: { grant_type: 'client_credentials' },
        headers: { authorization: `Basic ${basic}` },
      });
      expect(viaBasic.status).toBe(200);
      fx.remember(viaBasic.body.access_token);
    });

    it('answers 401 problem+json, the same for a wrong secret and an unknown client', async () => {
      const attempts = [
        { client_id: agency.clientId, client_secret: fx.remember(`${agency.clientSecret}x`) },
        { client_id: 'elo_AAAAAAAAAAAAAAAAAAAAAA', client_secret: agency.clientSecret },
        { client_id: stack.admin.clientId, client_secret: fx.remember('not-the-admin-secret') },
      ];
      for (const credentials of attempts) {
        const res = await stack.api.request<Problem>('POST', '/v1/auth/token', {
          form: { grant_type: 'client_credentials', ...credentials },
        });
        expect(res.status).toBe(401);
        expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(res.headers.get('www-authenticate')).toBe('Basic realm="elo"');
        expect(res.body).toMatchObject({
          code: 'AUTH.INVALID_CLIENT',
          detail: 'Unknown client or wrong secret.',
        });
      }
    });

    it('refuses other grant types with 400 AUTH.UNSUPPORTED_GRANT_TYPE, and missing fields with 400', async () => {
      const password = await stack.api.request<Problem>('POST', '/v1/auth/token', {
        body: { grant_type: 'password', client_id: agency.clientId, client_secret: agency.clientSecret },
      });
      expect(password.status).toBe(400);
      expect(password.body.code).toBe('AUTH.UNSUPPORTED_GRANT_TYPE');
      const missing = await stack.api.request<Problem>('POST', '/v1/auth/token', {
        body: { grant_type: 'client_credentials', client_id: agency.clientId },
      });
      expect(missing.status).toBe(400);
      expect(missing.body.code).toBe('COMMON.VALIDATION');
    });
  });

  describe('bearer tokens', () => {
    const forge = (claims: Record<string, unknown>, key: Uint8Array, exp: number, iat: number) =>
      new SignJWT({ inst: mjsp, roles: ['admin'], ...claims })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(stack.admin.clientId)
        .setIssuer('elo-gateway')
        .setAudience('elo-api')
        .setIssuedAt(iat)
        .setExpirationTime(exp)
        .setJti('forged')
        .sign(key);
    const stackKey = () => new Uint8Array(Buffer.from(stack.jwtSigningKey, 'base64'));
    const now = () => Math.floor(Date.now() / 1000);

    async function expect401(authorization: string | undefined) {
      const res = await stack.api.request<Problem>('GET', '/v1/institutions', {
        headers: authorization ? { authorization } : {},
      });
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm="elo"/);
      expect(res.body.code).toBe('AUTH.UNAUTHENTICATED');
    }

    it('a forged token signed with the real key is accepted (so the rejections below are meaningful)', async () => {
      const valid = await forge({ inst: 'system' }, stackKey(), now() + 60, now());
      const res = await stack.api.request('GET', '/v1/institutions', { token: valid });
      expect(res.status).toBe(200);
    });

    it('401 without a token or with another scheme', async () => {
      await expect401(undefined);
      await expect401('Token abc');
      await expect401('Bearer');
    });

    it('401 for a tampered token', async () => {
      const real = await fx.token(agency);
      const [header, , signature] = real.split('.');
      const elevated = Buffer.from(JSON.stringify({ ...decodeJwt(real), roles: ['admin'] })).toString(
        'base64url',
      );
      await expect401(`Bearer ${header}.${elevated}.${signature}`);
    });

    it('401 for alg: none', async () => {
      const none = new UnsecuredJWT({ inst: mjsp, roles: ['admin'] })
        .setSubject(agency.clientId)
        .setIssuer('elo-gateway')
        .setAudience('elo-api')
        .setIssuedAt()
        .setExpirationTime('5m')
        .setJti('none')
        .encode();
      await expect401(`Bearer ${none}`);
    });

    it('401 for an expired token, even correctly signed', async () => {
      const expired = await forge({ inst: 'system' }, stackKey(), now() - 10, now() - 70);
      await expect401(`Bearer ${expired}`);
    });

    it('401 for a token signed with another key', async () => {
      const other = await forge({ inst: 'system' }, new Uint8Array(32).fill(7), now() + 60, now());
      await expect401(`Bearer ${other}`);
    });

    it('403 problem+json for a valid token without the role', async () => {
      const res = await stack.api.request<Problem>('POST', '/v1/institutions', {
        token: await fx.token(agency),
        body: { name: 'Should not exist', acronym: 'NOPE', kind: 'federal_body' },
      });
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ code: 'AUTH.FORBIDDEN', status: 403 });
    });
  });

  it('never writes a secret or a token to the logs', async () => {
    // The request log names the caller, so the logs did see these requests.
    await expectEventually(() => expect(stack.output()).toContain(`"clientId":"${agency.clientId}"`));
    const output = stack.output();
    expect(fx.secrets.size).toBeGreaterThan(5);
    const leaked = [...fx.secrets].filter((secret) => output.includes(secret));
    expect(leaked).toEqual([]);
  });
});

describe('gateway configuration in production', () => {
  function bootGateway(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
    const child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', join(REPO_ROOT, 'services/gateway/src/main.ts')],
      {
        cwd: REPO_ROOT,
        env: { PATH: process.env['PATH'] ?? '', NATS_URL: 'nats://127.0.0.1:1', PORT: '0', ...env },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
  }

  it('refuses to start with the development admin and no signing key, naming the variables', async () => {
    const { code, stderr } = await bootGateway({ NODE_ENV: 'production' });
    expect(code).toBe(78);
    expect(stderr).toMatch(/JWT_SIGNING_KEY: is required when NODE_ENV=production/);
    expect(stderr).toMatch(/ELO_ADMIN_CLIENT_ID: must be set/);
    expect(stderr).toMatch(/ELO_ADMIN_CLIENT_SECRET: must be set/);
  });

  it('is production when NODE_ENV is unset: development defaults are never on by omission', async () => {
    const { code, stderr } = await bootGateway({});
    expect(code).toBe(78);
    expect(stderr).toMatch(/ELO_ADMIN_CLIENT_SECRET: must be set/);
  });
});
