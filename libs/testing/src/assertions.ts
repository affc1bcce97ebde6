import { randomUUID } from 'node:crypto';
import { SignJWT, importJWK, type JWK } from 'jose';
import type { Caller } from '@elo/contracts';

/**
 * A caller assertion for `pattern`, in the format of @elo/messaging's CallerAssertionSigner (which
 * testing may not import: messaging's own tests use testing), signed with `signingKey` or this test
 * process's development gateway key (tools/jest/setup-env.js), for tests that send raw NATS requests.
 */
export async function testAssertion(pattern: string, caller?: Caller, signingKey?: string): Promise<string> {
  const raw = signingKey ?? process.env['ELO_RPC_SIGNING_KEY'];
  if (!raw) throw new Error('ELO_RPC_SIGNING_KEY is unset (tools/jest/setup-env.js sets it)');
  const jwk = JSON.parse(raw) as JWK;
  const kid = String(jwk.kid);
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT(caller ? { inst: caller.institutionId, roles: caller.roles } : {})
    .setProtectedHeader({ alg: 'EdDSA', typ: 'elo-caller+jwt', kid })
    .setIssuer(kid.split(':')[0] ?? '')
    .setAudience(pattern)
    .setIssuedAt(now)
    .setExpirationTime(now + 60)
    .setJti(randomUUID());
  if (caller) jwt.setSubject(caller.clientId);
  return jwt.sign(await importJWK(jwk, 'EdDSA'));
}
