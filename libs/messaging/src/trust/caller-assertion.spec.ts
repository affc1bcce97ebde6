import { SignJWT, decodeProtectedHeader, importJWK, jwtVerify, type JWK } from 'jose';
import type { Caller } from '@elo/contracts';
import { CallerAssertionSigner, CallerAssertionVerifier } from './caller-assertion';
import { ReplayCache } from './replay-cache';
import { generateRpcKey } from './rpc-keys';

const caller: Caller = { clientId: 'elo_abc', institutionId: '665f1c2e9b1e8a0012345678', roles: ['viewer'] };

describe('CallerAssertionSigner', () => {
  const keys = generateRpcKey('gateway');
  const signer = CallerAssertionSigner.create(JSON.parse(keys.signingKey) as JWK);

  it('writes a JWS that jose verifies with the public key: header, claims, one lifetime, a fresh jti', async () => {
    const token = await (await signer).sign('directory.institution.get', caller);
    const { payload, protectedHeader } = await jwtVerify(token, await importJWK(keys.publicKey, 'EdDSA'), {
      algorithms: ['EdDSA'],
      typ: 'elo-caller+jwt',
      issuer: 'gateway',
      audience: 'directory.institution.get',
      requiredClaims: ['iss', 'aud', 'iat', 'exp', 'jti', 'sub'],
    });
    expect(protectedHeader).toEqual({ alg: 'EdDSA', typ: 'elo-caller+jwt', kid: keys.publicKey.kid });
    expect(payload).toMatchObject({ sub: caller.clientId, inst: caller.institutionId, roles: caller.roles });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(60);
    const again = await (await signer).sign('directory.institution.get', caller);
    expect((await jwtVerify(again, await importJWK(keys.publicKey, 'EdDSA'))).payload.jti).not.toBe(
      payload.jti,
    );
  });

  it('names no client when a service calls on its own behalf', async () => {
    const token = await (await signer).sign('directory.client.credentials');
    const { payload } = await jwtVerify(token, await importJWK(keys.publicKey, 'EdDSA'));
    expect(Object.keys(payload).sort()).toEqual(['aud', 'exp', 'iat', 'iss', 'jti']);
    expect(decodeProtectedHeader(token).kid).toBe(keys.publicKey.kid);
  });

  it('refuses a public key, a key of another curve and a lifetime over 60 s', async () => {
    await expect(CallerAssertionSigner.create(keys.publicKey)).rejects.toThrow(/private Ed25519/);
    const other = { ...(JSON.parse(keys.signingKey) as JWK), crv: 'X25519' };
    await expect(CallerAssertionSigner.create(other)).rejects.toThrow(/private Ed25519/);
    await expect(CallerAssertionSigner.create(JSON.parse(keys.signingKey) as JWK, 61)).rejects.toThrow(
      /60 s/,
    );
  });
});

describe('CallerAssertionVerifier', () => {
  const gateway = generateRpcKey('gateway', 'k1');
  const NOW = 1_800_000_000;
  const pattern = 'directory.institution.get';
  const make = () => CallerAssertionVerifier.create([gateway.publicKey], new ReplayCache(), () => NOW * 1000);

  /** An assertion signed by jose with the gateway's key, so the checks are not only against our own signer. */
  async function joseSigned(claims: Record<string, unknown>, header: Record<string, unknown> = {}) {
    const key = await importJWK(JSON.parse(gateway.signingKey) as JWK, 'EdDSA');
    return new SignJWT({ inst: caller.institutionId, roles: caller.roles, ...claims })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'elo-caller+jwt', kid: 'gateway:k1', ...header })
      .sign(key);
  }
  const valid = { iss: 'gateway', aud: pattern, sub: caller.clientId, iat: NOW, exp: NOW + 60, jti: 'j-1' };
  const codeOf = (promise: Promise<unknown>) =>
    promise.then(
      () => 'ok',
      (error: { code?: string; message: string }) => `${error.code}: ${error.message}`,
    );

  it('accepts what jose signs with a trusted key and names the caller', async () => {
    await expect((await make()).verify(await joseSigned(valid), pattern)).resolves.toEqual({
      issuer: 'gateway',
      caller,
    });
  });

  it.each([
    ['another issuer', { iss: 'training' }, /invalid/],
    ['another pattern', { aud: 'directory.institution.list' }, /invalid/],
    ['no jti', { jti: undefined }, /invalid/],
    ['an empty jti', { jti: '' }, /invalid/],
    ['no iat', { iat: undefined }, /invalid/],
    ['a string exp', { exp: String(NOW + 60) }, /invalid/],
    ['a lifetime over 60 s', { exp: NOW + 61 }, /invalid/],
    ['an iat in the future', { iat: NOW + 30, exp: NOW + 60 }, /invalid/],
    ['an nbf in the future', { nbf: NOW + 30 }, /invalid/],
    ['an expired one', { iat: NOW - 70, exp: NOW - 10 }, /expired/],
    ['roles that are not a list', { roles: 'admin' }, /invalid/],
    ['a numeric sub', { sub: 42 }, /invalid/],
  ])('refuses %s', async (_, change, reason) => {
    const token = await joseSigned({ ...valid, ...change });
    await expect(codeOf((await make()).verify(token, pattern))).resolves.toMatch(reason);
  });

  it('accepts a clock up to 5 s behind or ahead', async () => {
    const verifier = await make();
    await expect(
      codeOf(verifier.verify(await joseSigned({ ...valid, iat: NOW + 5, exp: NOW + 60, jti: 'a' }), pattern)),
    ).resolves.toBe('ok');
    await expect(
      codeOf(verifier.verify(await joseSigned({ ...valid, iat: NOW - 64, exp: NOW - 4, jti: 'b' }), pattern)),
    ).resolves.toBe('ok');
  });

  it.each([
    ['alg none', { alg: 'none' }],
    ['another type', { typ: 'JWT' }],
    ['a critical extension', { crit: ['b64'], b64: true }],
  ])('refuses a header with %s', async (_, header) => {
    const [, payload, signature] = (await joseSigned(valid)).split('.');
    const forged = `${Buffer.from(JSON.stringify({ alg: 'EdDSA', typ: 'elo-caller+jwt', kid: 'gateway:k1', ...header })).toString('base64url')}.${payload}.${signature}`;
    await expect(codeOf((await make()).verify(forged, pattern))).resolves.toMatch(/AUTH.UNAUTHENTICATED/);
  });

  it('refuses malformed tokens, unknown keys, a cut signature and a replay', async () => {
    const verifier = await make();
    const token = await joseSigned(valid);
    for (const bad of ['', 'a.b', 'a.b.c.d', `${token}x`, token.slice(0, -2), token.replace('.', '..')])
      await expect(codeOf(verifier.verify(bad, pattern))).resolves.toMatch(/AUTH.UNAUTHENTICATED/);
    const stranger = generateRpcKey('gateway', 'k2');
    const other = await CallerAssertionSigner.create(JSON.parse(stranger.signingKey) as JWK);
    await expect(codeOf(verifier.verify(await other.sign(pattern, caller), pattern))).resolves.toMatch(
      /unknown key/,
    );
    await expect(codeOf(verifier.verify(token, pattern))).resolves.toBe('ok');
    await expect(codeOf(verifier.verify(token, pattern))).resolves.toMatch(/already used/);
  });

  it('refuses a private key or a key of another curve among the trusted ones', async () => {
    await expect(CallerAssertionVerifier.create([JSON.parse(gateway.signingKey) as JWK])).rejects.toThrow(
      /public Ed25519/,
    );
    await expect(CallerAssertionVerifier.create([{ ...gateway.publicKey, crv: 'X25519' }])).rejects.toThrow(
      /public Ed25519/,
    );
  });
});
