import { decodeProtectedHeader, importJWK, jwtVerify, type JWK } from 'jose';
import type { Caller } from '@elo/contracts';
import { CallerAssertionSigner } from './caller-assertion';
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
