import { SignJWT, UnsecuredJWT, decodeJwt } from 'jose';
import { ROLES, type Role } from '@elo/contracts';
import {
  adminToken,
  createClient,
  institutionIdByAcronym,
  startTestStack,
  type ApiResponse,
  type TestStack,
} from '@elo/testing';

interface Operation {
  security?: Record<string, string[]>[];
  description?: string;
  'x-roles'?: Role[];
}
type OpenApi = { paths: Record<string, Record<string, Operation>> };

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

// Operations anyone may call. Only the exceptions the issues name explicitly belong here.
const PUBLIC_OPERATIONS = [
  'GET /health',
  'POST /v1/auth/token',
  // Issue 13: certificates are verified by anyone holding the code (minimal data, rate-limited).
  'GET /v1/certificates/{code}',
  'GET /v1/certificates/{code}.pdf',
  // Issue 17: people sign in, and open and accept their invitation, before they have a session.
  'POST /v1/session',
  'GET /v1/session/invitations/{token}',
  'POST /v1/session/invitations/{token}',
];

const BEARER_OR_SESSION = [{ bearer: [] }, { session: [] }];
// Operations on the caller's own session take the cookie only (test/e2e/people-sessions covers them).
const SESSION_ONLY_OPERATIONS = [
  'GET /v1/session',
  'DELETE /v1/session',
  'POST /v1/session/sign-out-everywhere',
  // The person's own account: the directory finds it from the session, so a bearer client has none.
  'POST /v1/session/password',
  'POST /v1/session/totp',
  'POST /v1/session/totp/confirm',
];
const takesBearer = (op: Operation) => op.security?.some((requirement) => 'bearer' in requirement) === true;

// Syntactically valid dummies, so a refusal can only come from authentication or authorization.
const DUMMY_PARAMS: Record<string, string> = { clientId: 'elo_AAAAAAAAAAAAAAAAAAAAAA' };
const DUMMY_ID = '0123456789abcdef01234567';

const fill = (path: string) =>
  path.replace(/\{(\w+)\}/g, (_m, name: string) => DUMMY_PARAMS[name] ?? DUMMY_ID);

describe('every operation of the OpenAPI document requires its roles', () => {
  let stack: TestStack;
  let doc: OpenApi;
  const tokens = new Map<Role, string>();
  const operations: { key: string; method: string; path: string; op: Operation }[] = [];

  beforeAll(async () => {
    stack = await startTestStack();
    const res = await stack.api.request<OpenApi>('GET', '/docs/openapi.json');
    expect(res.status).toBe(200);
    doc = res.body;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of METHODS) {
        const op = item[method];
        if (op)
          operations.push({ key: `${method.toUpperCase()} ${path}`, method: method.toUpperCase(), path, op });
      }
    }
    const conatrap = await institutionIdByAcronym(stack, 'CONATRAP');
    const mjsp = await institutionIdByAcronym(stack, 'MJSP');
    tokens.set('admin', await adminToken(stack));
    tokens.set('coordinator', await (await createClient(stack, conatrap, ['coordinator'])).token());
    tokens.set('agency', await (await createClient(stack, mjsp, ['agency'])).token());
    tokens.set('viewer', await (await createClient(stack, mjsp, ['viewer'])).token());
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
  });

  const call = (
    method: string,
    path: string,
    authorization?: string,
  ): Promise<ApiResponse<{ code?: string; detail?: string }>> =>
    stack.api.request(method, fill(path), {
      headers: authorization ? { authorization } : {},
      ...(['POST', 'PUT', 'PATCH'].includes(method) ? { body: {} } : {}),
    });

  it('finds the operations (so the matrix is not empty)', () => {
    expect(operations.length).toBeGreaterThanOrEqual(8);
    expect(operations.map((o) => o.key)).toEqual(
      expect.arrayContaining(['POST /v1/institutions', 'DELETE /v1/institutions/{id}/clients/{clientId}']),
    );
  });

  it('declares bearer-or-session security and roles on every operation except the named public ones', () => {
    const unprotected = operations.filter((o) => !o.op.security?.length).map((o) => o.key);
    expect(unprotected.sort()).toEqual([...PUBLIC_OPERATIONS].sort());
    for (const { key, op } of operations) {
      if (PUBLIC_OPERATIONS.includes(key)) {
        expect(op['x-roles']).toBeUndefined();
        continue;
      }
      const expected = SESSION_ONLY_OPERATIONS.includes(key) ? [{ session: [] }] : BEARER_OR_SESSION;
      expect({ key, security: op.security }).toEqual({ key, security: expected });
      expect(op['x-roles']?.length).toBeGreaterThan(0);
      for (const role of op['x-roles'] ?? []) expect(ROLES).toContain(role);
      expect(op.description).toContain(`**Roles:** ${(op['x-roles'] ?? []).join(', ')}.`);
    }
  });

  it('answers 401 to every protected operation without a token, or with a forged, alg:none or expired one', async () => {
    const admin = tokens.get('admin') ?? '';
    const claims = decodeJwt(admin);
    const key = new Uint8Array(Buffer.from(stack.jwtSigningKey, 'base64'));
    const now = Math.floor(Date.now() / 1000);
    const resign = (exp: number, iat: number, signingKey: Uint8Array) =>
      new SignJWT({ ...claims, exp, iat }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(signingKey);
    const bad = {
      none: undefined,
      tampered: `Bearer ${admin.slice(0, -3)}${admin.endsWith('AAA') ? 'BBB' : 'AAA'}`,
      otherKey: `Bearer ${await resign(now + 300, now, new Uint8Array(32).fill(1))}`,
      algNone: `Bearer ${new UnsecuredJWT({ ...claims }).encode()}`,
      expired: `Bearer ${await resign(now - 5, now - 65, key)}`,
    };
    const failures: string[] = [];
    for (const { key: opKey, method, path } of operations.filter((o) => takesBearer(o.op))) {
      for (const [kind, authorization] of Object.entries(bad)) {
        const res = await call(method, path, authorization);
        if (res.status !== 401 || res.body.code !== 'AUTH.UNAUTHENTICATED')
          failures.push(`${opKey} ${kind}: ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers 403 to every protected operation for each role it does not allow', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const { key, method, path, op } of operations.filter((o) => takesBearer(o.op))) {
      for (const role of ROLES.filter((r) => !(op['x-roles'] ?? []).includes(r))) {
        const res = await call(method, path, `Bearer ${tokens.get(role) ?? ''}`);
        checked++;
        if (res.status !== 403 || res.body.code !== 'AUTH.FORBIDDEN')
          failures.push(`${key} as ${role}: ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });

  it('lets an allowed role past the guard (services may still refuse on ownership)', async () => {
    const failures: string[] = [];
    for (const { key, method, path, op } of operations.filter((o) => takesBearer(o.op))) {
      const roles = op['x-roles'] ?? [];
      const role = roles.includes('admin') ? 'admin' : roles[0];
      if (!role) continue;
      const res = await call(method, path, `Bearer ${tokens.get(role) ?? ''}`);
      const byGuard =
        res.status === 403 && String(res.body.detail).startsWith('This operation needs one of the roles');
      if (res.status === 401 || byGuard) failures.push(`${key} as ${role}: ${res.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('serves the public operations without a token', async () => {
    expect((await stack.api.request('GET', '/health')).status).toBe(200);
    const token = await stack.api.request('POST', '/v1/auth/token', {
      body: {
        grant_type: 'client_credentials',
        client_id: stack.admin.clientId,
        client_secret: stack.admin.clientSecret,
      },
    });
    expect(token.status).toBe(200);
    expect((await stack.api.request('GET', '/health/live')).status).toBe(200);
    expect((await stack.api.request('GET', '/docs/openapi.json')).status).toBe(200);
  });

  it('keeps /metrics (not in the document) for admins', async () => {
    expect((await stack.api.request('GET', '/metrics')).status).toBe(401);
    expect((await stack.api.request('GET', '/metrics', { token: tokens.get('viewer') })).status).toBe(403);
    const metrics = await stack.api.request<string>('GET', '/metrics', { token: tokens.get('admin') });
    expect(metrics.status).toBe(200);
    expect(metrics.body).toContain('http_requests_total');
  });
});
