import {
  adminToken,
  createClient,
  expectEventually,
  institutionIdByAcronym,
  type TestClient,
  type TestStack,
} from '@elo/testing';
import { startAuthFixture, type AuthFixture, type Problem } from './support/auth-fixture';

// The revocation bound is CLIENT_STATUS_CACHE_MS; a short one keeps the test quick.
const STATUS_CACHE_MS = 500;

describe('API clients through the gateway', () => {
  let fx: AuthFixture;
  let stack: TestStack;
  let mjsp: string;
  let conatrap: string;
  let agency: TestClient;

  beforeAll(async () => {
    fx = await startAuthFixture({ env: { CLIENT_STATUS_CACHE_MS: String(STATUS_CACHE_MS) } });
    ({ stack, mjsp, agency } = fx);
    conatrap = await institutionIdByAcronym(stack, 'CONATRAP');
  }, 120_000);

  afterAll(async () => {
    await fx?.stop();
  });

  const admin = async () => fx.remember(await adminToken(stack));

  describe('API clients', () => {
    it('creates a client whose secret is returned once and never listed', async () => {
      const res = await stack.api.request<Record<string, unknown>>(
        'POST',
        `/v1/institutions/${conatrap}/clients`,
        {
          token: await admin(),
          body: { name: 'CONATRAP dashboard', roles: ['coordinator', 'viewer'] },
        },
      );
      expect(res.status).toBe(201);
      const secret = fx.remember(String(res.body['clientSecret']));
      expect(res.body).toMatchObject({
        clientId: expect.stringMatching(/^elo_[A-Za-z0-9_-]{22}$/),
        institutionId: conatrap,
        name: 'CONATRAP dashboard',
        roles: ['coordinator', 'viewer'],
        revokedAt: null,
      });
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(res.body).not.toHaveProperty('secretHash');

      const list = await stack.api.request<{ items: Record<string, unknown>[] }>(
        'GET',
        `/v1/institutions/${conatrap}/clients`,
        { token: await admin() },
      );
      expect(list.status).toBe(200);
      expect(list.body.items.map((c) => c['clientId'])).toContain(res.body['clientId']);
      for (const item of list.body.items) {
        expect(Object.keys(item).sort()).toEqual(
          ['clientId', 'createdAt', 'institutionId', 'name', 'revokedAt', 'roles', 'updatedAt'].sort(),
        );
      }
      expect(JSON.stringify(list.body)).not.toContain(secret);
    });

    it('refuses a client for an unknown institution (404) and invalid roles (400)', async () => {
      const unknown = await stack.api.request<Problem>(
        'POST',
        '/v1/institutions/0123456789abcdef01234567/clients',
        {
          token: await admin(),
          body: { name: 'Ghost', roles: ['viewer'] },
        },
      );
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('DIRECTORY.INSTITUTION_NOT_FOUND');
      for (const roles of [[], ['root'], ['viewer', 'viewer']]) {
        const bad = await stack.api.request<Problem>('POST', `/v1/institutions/${mjsp}/clients`, {
          token: await admin(),
          body: { name: 'Bad roles', roles },
        });
        expect(bad.status).toBe(400);
      }
    });

    it('lets an agency list its own institution’s clients only: the directory checks ownership', async () => {
      const own = await stack.api.request<{ items: { clientId: string }[] }>(
        'GET',
        `/v1/institutions/${mjsp}/clients`,
        {
          token: await fx.token(agency),
        },
      );
      expect(own.status).toBe(200);
      expect(own.body.items.map((c) => c.clientId)).toContain(agency.clientId);
      const other = await stack.api.request<Problem>('GET', `/v1/institutions/${conatrap}/clients`, {
        token: await fx.token(agency),
      });
      // Not found, not forbidden: another institution's clients are not even confirmed to exist.
      expect(other.status).toBe(404);
      expect(other.body.code).toBe('DIRECTORY.INSTITUTION_NOT_FOUND');
    });

    it('only admins create or revoke clients', async () => {
      const create = await stack.api.request<Problem>('POST', `/v1/institutions/${mjsp}/clients`, {
        token: await fx.token(agency),
        body: { name: 'Self-made admin', roles: ['admin'] },
      });
      expect(create.status).toBe(403);
      const revoke = await stack.api.request(
        'DELETE',
        `/v1/institutions/${mjsp}/clients/${agency.clientId}`,
        {
          token: await fx.token(agency),
        },
      );
      expect(revoke.status).toBe(403);
      expect(
        (await stack.api.request('GET', '/v1/institutions?limit=1', { token: await fx.token(agency) }))
          .status,
      ).toBe(200);
    });

    it('revokes a client: no new tokens, and its tokens stop within the status cache bound', async () => {
      const victim = await createClient(stack, mjsp, ['viewer'], 'to be revoked');
      fx.remember(victim.clientSecret);
      const old = await fx.token(victim);
      expect((await stack.api.request('GET', '/v1/institutions?limit=1', { token: old })).status).toBe(200);

      const wrongInstitution = await stack.api.request<Problem>(
        'DELETE',
        `/v1/institutions/${conatrap}/clients/${victim.clientId}`,
        { token: await admin() },
      );
      expect(wrongInstitution.status).toBe(404);
      expect(wrongInstitution.body.code).toBe('DIRECTORY.CLIENT_NOT_FOUND');

      const revoked = await stack.api.request(
        'DELETE',
        `/v1/institutions/${mjsp}/clients/${victim.clientId}`,
        {
          token: await admin(),
        },
      );
      expect(revoked.status).toBe(204);
      const again = await stack.api.request('DELETE', `/v1/institutions/${mjsp}/clients/${victim.clientId}`, {
        token: await admin(),
      });
      expect(again.status).toBe(204);

      const refused = await stack.api.request<Problem>('POST', '/v1/auth/token', {
        body: {
          grant_type: 'client_credentials',
          client_id: victim.clientId,
          client_secret: victim.clientSecret,
        },
      });
      expect(refused.status).toBe(401);
      expect(refused.body.code).toBe('AUTH.INVALID_CLIENT');

      await expectEventually(
        async () => {
          const res = await stack.api.request<Problem>('GET', '/v1/institutions?limit=1', { token: old });
          expect(res.status).toBe(401);
          expect(res.body.code).toBe('AUTH.UNAUTHENTICATED');
        },
        { timeoutMs: STATUS_CACHE_MS + 5_000 },
      );

      const list = await stack.api.request<{ items: { clientId: string; revokedAt: string | null }[] }>(
        'GET',
        `/v1/institutions/${mjsp}/clients?limit=100`,
        { token: await admin() },
      );
      expect(list.body.items.find((c) => c.clientId === victim.clientId)?.revokedAt).toEqual(
        expect.any(String),
      );
      expect(list.body.items.find((c) => c.clientId === agency.clientId)?.revokedAt).toBeNull();
    });

    it('answers 404 for revoking an unknown client and 400 for a malformed client id', async () => {
      const unknown = await stack.api.request<Problem>(
        'DELETE',
        `/v1/institutions/${mjsp}/clients/elo_AAAAAAAAAAAAAAAAAAAAAA`,
        { token: await admin() },
      );
      expect(unknown.status).toBe(404);
      const malformed = await stack.api.request('DELETE', `/v1/institutions/${mjsp}/clients/not-a-client`, {
        token: await admin(),
      });
      expect(malformed.status).toBe(400);
    });
  });

  it('never writes a secret or a token to the logs', async () => {
    // The request log names the caller, so the logs did see these requests.
    await expectEventually(() => expect(stack.output()).toContain(`"clientId":"${agency.clientId}"`));
    const output = stack.output();
    expect(fx.secrets.size).toBeGreaterThan(10);
    const leaked = [...fx.secrets].filter((secret) => output.includes(secret));
    expect(leaked).toEqual([]);
  });
});
