import { type KeyObject, createPrivateKey, createPublicKey, randomUUID } from 'node:crypto';
import type { JWK } from 'jose';
import { DomainError, isCaller, type Caller } from '@elo/contracts';
import {
  ALGORITHM,
  TYPE,
  base64urlJson,
  decodeCompact,
  isAssertionHeader,
  signCompact,
  verifySignature,
} from './compact-jws';
import { ReplayCache, type ReplayStore } from './replay-cache';
import { serviceOfKid } from './rpc-keys';

/** An assertion lives at most this long; each is good for one request. */
export const ASSERTION_LIFETIME_SECONDS = 60;
const CLOCK_TOLERANCE_SECONDS = 5;
/**
 * How long an accepted id must be remembered: an assertion may be issued up to the tolerance in the
 * future and is accepted up to its lifetime plus the tolerance after that.
 */
export const REPLAY_WINDOW_MS = (ASSERTION_LIFETIME_SECONDS + 2 * CLOCK_TOLERANCE_SECONDS) * 1000;
const MAX_ASSERTION_LENGTH = 4_096;

/**
 * Signs, for each request, who asks (`iss`: this service) and for whom (the caller), for one pattern:
 * a compact JWS (EdDSA, Ed25519), see compact-jws.ts.
 */
export class CallerAssertionSigner {
  private readonly header: string;

  private constructor(
    readonly service: string,
    kid: string,
    private readonly key: KeyObject,
    private readonly lifetimeSeconds: number,
  ) {
    this.header = base64urlJson({ alg: ALGORITHM, typ: TYPE, kid });
  }

  static create(
    privateJwk: JWK,
    lifetimeSeconds = ASSERTION_LIFETIME_SECONDS,
  ): Promise<CallerAssertionSigner> {
    const service = serviceOfKid(privateJwk.kid);
    if (!service || !privateJwk.d || privateJwk.kty !== 'OKP' || privateJwk.crv !== 'Ed25519')
      return Promise.reject(
        new Error('the signing key must be a private Ed25519 JWK with kid "<service>:<id>"'),
      );
    if (lifetimeSeconds > ASSERTION_LIFETIME_SECONDS)
      return Promise.reject(new Error('assertions live at most 60 s'));
    const key = createPrivateKey({ key: { ...privateJwk }, format: 'jwk' });
    return Promise.resolve(
      new CallerAssertionSigner(service, privateJwk.kid as string, key, lifetimeSeconds),
    );
  }

  sign(pattern: string, caller?: Caller): Promise<string> {
    const iat = Math.floor(Date.now() / 1000);
    const claims = {
      ...(caller ? { inst: caller.institutionId, roles: caller.roles, sub: caller.clientId } : {}),
      iss: this.service,
      aud: pattern,
      iat,
      exp: iat + this.lifetimeSeconds,
      jti: randomUUID(),
    };
    return Promise.resolve(signCompact(this.header, claims, this.key));
  }
}

export interface VerifiedAssertion {
  /** The service that signed: `gateway` for API clients' requests, else the calling service. */
  issuer: string;
  /** The API client the gateway vouches for; none when a service calls on its own behalf. */
  caller?: Caller;
}

const refuse = (why: string) => new DomainError('AUTH.UNAUTHENTICATED', `The caller assertion ${why}.`);

/**
 * Checks assertions against the trusted public keys (several during a rotation): signature, key
 * of the issuing service, audience = the pattern asked, lifetime, and that its id was not seen before.
 */
export class CallerAssertionVerifier {
  private constructor(
    private readonly keys: ReadonlyMap<string, { service: string; key: KeyObject }>,
    private readonly replays: ReplayStore,
    private readonly now: () => number,
  ) {}

  /** `replays`: this process's own cache by default; a service's replicas share a KvReplayStore. */
  static create(
    publicJwks: readonly JWK[],
    replays: ReplayStore = new ReplayCache(),
    now: () => number = Date.now,
  ): Promise<CallerAssertionVerifier> {
    const keys = new Map<string, { service: string; key: KeyObject }>();
    for (const jwk of publicJwks) {
      const service = serviceOfKid(jwk.kid);
      if (!service || jwk.d !== undefined || jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519')
        return Promise.reject(
          new Error(`trusted key ${String(jwk.kid)}: a public Ed25519 JWK with kid "<service>:<id>"`),
        );
      keys.set(jwk.kid as string, { service, key: createPublicKey({ key: { ...jwk }, format: 'jwk' }) });
    }
    return Promise.resolve(new CallerAssertionVerifier(keys, replays, now));
  }

  get keyIds(): string[] {
    return [...this.keys.keys()];
  }

  /** AUTH.UNAUTHENTICATED for a missing, forged, altered, expired, replayed or misdirected assertion. */
  async verify(token: string | undefined, pattern: string): Promise<VerifiedAssertion> {
    if (!token) throw refuse('is missing');
    if (token.length > MAX_ASSERTION_LENGTH) throw refuse('is too long');
    const parts = decodeCompact(token);
    if (!parts || !isAssertionHeader(parts.header)) throw refuse('is malformed');
    const trusted = this.keys.get(parts.header.kid);
    if (!trusted) throw refuse('is signed with an unknown key');
    if (!verifySignature(parts, trusted.key)) throw refuse('is invalid');
    const claims = checkClaims(parts.payload, trusted.service, pattern, this.now() / 1000);
    if (!(await this.replays.remember(claims.jti, (claims.exp + CLOCK_TOLERANCE_SECONDS) * 1000)))
      throw refuse('was already used');
    if (claims.sub === undefined) return { issuer: trusted.service };
    const caller: unknown = {
      clientId: claims.sub,
      institutionId: parts.payload['inst'],
      roles: parts.payload['roles'],
    };
    if (!isCaller(caller)) throw refuse('is invalid');
    return {
      issuer: trusted.service,
      caller: { clientId: caller.clientId, institutionId: caller.institutionId, roles: [...caller.roles] },
    };
  }
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The registered claims, as RFC 7519 reads them, with this project's one lifetime and clock tolerance. */
function checkClaims(
  payload: Record<string, unknown>,
  issuer: string,
  pattern: string,
  nowSeconds: number,
): { jti: string; exp: number; sub?: string } {
  const { iss, aud, iat, exp, nbf, jti, sub } = payload;
  const audiences = Array.isArray(aud) ? aud : [aud];
  if (iss !== issuer || !audiences.includes(pattern)) throw refuse('is invalid');
  if (!isTime(iat) || !isTime(exp) || typeof jti !== 'string' || jti === '') throw refuse('is invalid');
  if (sub !== undefined && typeof sub !== 'string') throw refuse('is invalid');
  if (nbf !== undefined && (!isTime(nbf) || nbf > nowSeconds + CLOCK_TOLERANCE_SECONDS))
    throw refuse('is invalid');
  if (iat > nowSeconds + CLOCK_TOLERANCE_SECONDS || exp - iat > ASSERTION_LIFETIME_SECONDS)
    throw refuse('is invalid');
  if (
    exp <= nowSeconds - CLOCK_TOLERANCE_SECONDS ||
    nowSeconds - iat - CLOCK_TOLERANCE_SECONDS > ASSERTION_LIFETIME_SECONDS
  )
    throw refuse('has expired');
  return { jti, exp, ...(sub === undefined ? {} : { sub }) };
}
