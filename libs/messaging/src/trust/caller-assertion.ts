import { type KeyObject, createPrivateKey, randomUUID, sign } from 'node:crypto';
import {
  decodeProtectedHeader,
  errors as joseErrors,
  importJWK,
  jwtVerify,
  type CryptoKey,
  type JWK,
} from 'jose';
import { DomainError, isCaller, type Caller } from '@elo/contracts';
import { ReplayCache, type ReplayStore } from './replay-cache';
import { serviceOfKid } from './rpc-keys';

const ALGORITHM = 'EdDSA';
const TYPE = 'elo-caller+jwt';
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
 * Signs, for each request, who asks (`iss`: this service) and for whom (the caller), for one pattern.
 * A compact JWS made with node:crypto's one-shot Ed25519 `sign`: about half the CPU of jose's WebCrypto
 * signing, paid on every request the gateway forwards (test/bench/gateway.bench.ts). Verification
 * stays with jose (CallerAssertionVerifier), which checks everything this writes.
 */
export class CallerAssertionSigner {
  private readonly header: string;

  private constructor(
    readonly service: string,
    kid: string,
    private readonly key: KeyObject,
    private readonly lifetimeSeconds: number,
  ) {
    this.header = base64url({ alg: ALGORITHM, typ: TYPE, kid });
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
    const input = `${this.header}.${base64url(claims)}`;
    return Promise.resolve(`${input}.${sign(null, Buffer.from(input), this.key).toString('base64url')}`);
  }
}

const base64url = (json: object) => Buffer.from(JSON.stringify(json)).toString('base64url');

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
    private readonly keys: ReadonlyMap<string, { service: string; key: CryptoKey | Uint8Array }>,
    private readonly replays: ReplayStore,
  ) {}

  /** `replays`: this process's own cache by default; a service's replicas share a KvReplayStore. */
  static async create(
    publicJwks: readonly JWK[],
    replays: ReplayStore = new ReplayCache(),
  ): Promise<CallerAssertionVerifier> {
    const keys = new Map<string, { service: string; key: CryptoKey | Uint8Array }>();
    for (const jwk of publicJwks) {
      const service = serviceOfKid(jwk.kid);
      if (!service || jwk.d !== undefined)
        throw new Error(`trusted key ${String(jwk.kid)}: a public JWK with kid "<service>:<id>"`);
      keys.set(jwk.kid as string, { service, key: await importJWK({ ...jwk, alg: ALGORITHM }, ALGORITHM) });
    }
    return new CallerAssertionVerifier(keys, replays);
  }

  get keyIds(): string[] {
    return [...this.keys.keys()];
  }

  /** AUTH.UNAUTHENTICATED for a missing, forged, altered, expired, replayed or misdirected assertion. */
  async verify(token: string | undefined, pattern: string): Promise<VerifiedAssertion> {
    if (!token) throw refuse('is missing');
    if (token.length > MAX_ASSERTION_LENGTH) throw refuse('is too long');
    let kid: string | undefined;
    try {
      kid = decodeProtectedHeader(token).kid;
    } catch {
      throw refuse('is malformed');
    }
    const trusted = kid === undefined ? undefined : this.keys.get(kid);
    if (!trusted) throw refuse('is signed with an unknown key');
    let payload;
    try {
      ({ payload } = await jwtVerify(token, trusted.key, {
        algorithms: [ALGORITHM],
        typ: TYPE,
        issuer: trusted.service,
        audience: pattern,
        requiredClaims: ['iss', 'aud', 'iat', 'exp', 'jti'],
        maxTokenAge: ASSERTION_LIFETIME_SECONDS,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      }));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw refuse('has expired');
      throw refuse('is invalid');
    }
    const { jti, exp = 0, iat = 0 } = payload;
    if (!jti || exp - iat > ASSERTION_LIFETIME_SECONDS) throw refuse('is invalid');
    if (!(await this.replays.remember(jti, (exp + CLOCK_TOLERANCE_SECONDS) * 1000)))
      throw refuse('was already used');
    if (payload.sub === undefined) return { issuer: trusted.service };
    const caller: unknown = {
      clientId: payload.sub,
      institutionId: payload['inst'],
      roles: payload['roles'],
    };
    if (!isCaller(caller)) throw refuse('is invalid');
    return {
      issuer: trusted.service,
      caller: { clientId: caller.clientId, institutionId: caller.institutionId, roles: [...caller.roles] },
    };
  }
}
