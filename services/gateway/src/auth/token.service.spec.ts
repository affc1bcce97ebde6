import { randomBytes } from 'node:crypto';
import { SignJWT, UnsecuredJWT, decodeJwt } from 'jose';
import { DomainError, type Caller } from '@elo/contracts';
import type { AuthSettings } from './auth.settings';
import { TokenService } from './token.service';

const settings: AuthSettings = {
  signingKey: new Uint8Array(randomBytes(32)),
  issuer: 'elo-gateway',
  audience: 'elo-api',
  ttlSeconds: 900,
  statusCacheMs: 0,
  adminClientId: 'elo-admin',
  adminClientSecret: 'x'.repeat(32),
};
const caller: Caller = {
  clientId: 'elo_abc',
  institutionId: '665f1c2e9b1e8a0012345678',
  roles: ['agency', 'viewer'],
};
const tokens = new TokenService(settings);
const now = () => Math.floor(Date.now() / 1000);

function signed(
  claims: Record<string, unknown>,
  overrides: { key?: Uint8Array; iat?: number; exp?: number; iss?: string; aud?: string } = {},
) {
  const iat = overrides.iat ?? now();
  return new SignJWT({ inst: caller.institutionId, roles: caller.roles, ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(caller.clientId)
    .setIssuer(overrides.iss ?? settings.issuer)
    .setAudience(overrides.aud ?? settings.audience)
    .setIssuedAt(iat)
    .setExpirationTime(overrides.exp ?? iat + 60)
    .setJti('jti-1')
    .sign(overrides.key ?? settings.signingKey);
}

async function rejection(token: string): Promise<DomainError> {
  const error: unknown = await tokens.verify(token).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe('AUTH.UNAUTHENTICATED');
  return error as DomainError;
}

describe('TokenService', () => {
  it('issues a JWT carrying the caller, with iss, aud, iat, exp (≤ the ttl) and jti', async () => {
    const issued = await tokens.issue(caller);
    expect(issued.expiresIn).toBe(900);
    const claims = decodeJwt(issued.accessToken);
    expect(claims).toMatchObject({ sub: caller.clientId, inst: caller.institutionId, roles: caller.roles });
    expect(claims).toMatchObject({ iss: 'elo-gateway', aud: 'elo-api' });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(900);
    expect(typeof claims.jti).toBe('string');
    await expect(tokens.verify(issued.accessToken)).resolves.toEqual(caller);
  });

  it('gives every token its own jti', async () => {
    const [a, b] = await Promise.all([tokens.issue(caller), tokens.issue(caller)]);
    expect(decodeJwt(a.accessToken).jti).not.toBe(decodeJwt(b.accessToken).jti);
  });

  it('rejects a token whose payload was tampered with', async () => {
    const [header, , signature] = (await tokens.issue(caller)).accessToken.split('.');
    const payload = Buffer.from(
      JSON.stringify({ ...decodeJwt((await tokens.issue(caller)).accessToken), roles: ['admin'] }),
    ).toString('base64url');
    await rejection(`${header}.${payload}.${signature}`);
  });

  it('rejects a token with a flipped signature', async () => {
    const token = (await tokens.issue(caller)).accessToken;
    const last = token.at(-2) === 'A' ? 'B' : 'A';
    await rejection(token.slice(0, -2) + last + token.slice(-1));
  });

  it('rejects alg: none', async () => {
    const unsecured = new UnsecuredJWT({ inst: caller.institutionId, roles: ['admin'] })
      .setSubject(caller.clientId)
      .setIssuer(settings.issuer)
      .setAudience(settings.audience)
      .setIssuedAt()
      .setExpirationTime('5m')
      .setJti('x')
      .encode();
    await rejection(unsecured);
  });

  it('rejects another algorithm even with the right key (no algorithm confusion)', async () => {
    const hs512 = await new SignJWT({ inst: caller.institutionId, roles: caller.roles })
      .setProtectedHeader({ alg: 'HS512' })
      .setSubject(caller.clientId)
      .setIssuer(settings.issuer)
      .setAudience(settings.audience)
      .setIssuedAt()
      .setExpirationTime('5m')
      .setJti('x')
      .sign(settings.signingKey);
    await rejection(hs512);
  });

  it('rejects an expired token, saying so', async () => {
    const error = await rejection(await signed({}, { iat: now() - 120, exp: now() - 60 }));
    expect(error.message).toMatch(/expired/);
  });

  it('refuses a token it verified before once it expires or outlives the ttl', async () => {
    const own = new TokenService({ ...settings, ttlSeconds: 120 });
    const issuedAt = now();
    const expiring = await new SignJWT({ inst: caller.institutionId, roles: caller.roles })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(caller.clientId)
      .setIssuer(settings.issuer)
      .setAudience(settings.audience)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + 60)
      .setJti('jti-expiring')
      .sign(settings.signingKey);
    const { accessToken: long } = await own.issue(caller);
    await expect(own.verify(expiring)).resolves.toEqual(caller);
    await expect(own.verify(long)).resolves.toEqual(caller);
    // Only the clock moves: timers and promises run as usual.
    jest.useFakeTimers({
      doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate', 'setTimeout', 'setInterval'],
    });
    try {
      jest.setSystemTime((issuedAt + 61) * 1000);
      await expect(own.verify(expiring)).rejects.toThrow(/expired/);
      await expect(own.verify(long)).resolves.toEqual(caller);
      jest.setSystemTime((issuedAt + 122) * 1000);
      await expect(own.verify(long)).rejects.toThrow(DomainError);
    } finally {
      jest.useRealTimers();
    }
  });

  it('rejects a token signed with another key', async () => {
    await rejection(await signed({}, { key: new Uint8Array(randomBytes(32)) }));
  });

  it('rejects a wrong issuer or audience', async () => {
    await rejection(await signed({}, { iss: 'someone-else' }));
    await rejection(await signed({}, { aud: 'another-api' }));
    await expect(tokens.verify(await signed({}))).resolves.toEqual(caller);
  });

  it('rejects a token living longer than the ttl, or issued in the future', async () => {
    await rejection(await signed({}, { iat: now() - 1000, exp: now() + 60 }));
    await rejection(await signed({}, { iat: now() + 600, exp: now() + 900 }));
  });

  it('rejects tokens without jti or with claims that are not a caller', async () => {
    const noJti = await new SignJWT({ inst: caller.institutionId, roles: caller.roles })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(caller.clientId)
      .setIssuer(settings.issuer)
      .setAudience(settings.audience)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(settings.signingKey);
    await rejection(noJti);
    await rejection(await signed({ roles: ['superuser'] }));
    await rejection(await signed({ inst: 42 }));
  });

  it('rejects garbage and oversized tokens', async () => {
    await rejection('not-a-jwt');
    await rejection('a.b.c');
    await rejection('x'.repeat(5000));
  });
});
