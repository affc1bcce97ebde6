import { randomUUID, webcrypto } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import { DomainError, isCaller, type Caller } from '@elo/contracts';
import { AUTH_SETTINGS, type AuthSettings } from './auth.settings';
import { VerifiedTokens } from './verified-tokens';

// One algorithm, named explicitly: `alg: none` and algorithm confusion fail verification.
const ALGORITHM = 'HS256';
const MAX_TOKEN_LENGTH = 4_096;

export interface IssuedToken {
  accessToken: string;
  expiresIn: number;
}

/** Issues and verifies the API's bearer tokens (signed JWTs). */
@Injectable()
export class TokenService {
  // A CryptoKey imported once: given raw bytes or a KeyObject, jose imports a key for every signature.
  private readonly key: Promise<webcrypto.CryptoKey>;
  private readonly verified = new VerifiedTokens();

  constructor(@Inject(AUTH_SETTINGS) private readonly settings: AuthSettings) {
    const algorithm = { name: 'HMAC', hash: 'SHA-256' };
    this.key = webcrypto.subtle.importKey('raw', settings.signingKey, algorithm, false, ['sign', 'verify']);
  }

  async issue(caller: Caller): Promise<IssuedToken> {
    const now = Math.floor(Date.now() / 1000);
    const accessToken = await new SignJWT({ inst: caller.institutionId, roles: caller.roles })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(caller.clientId)
      .setIssuer(this.settings.issuer)
      .setAudience(this.settings.audience)
      .setIssuedAt(now)
      .setExpirationTime(now + this.settings.ttlSeconds)
      .setJti(randomUUID())
      .sign(await this.key);
    return { accessToken, expiresIn: this.settings.ttlSeconds };
  }

  /** The caller a token stands for; AUTH.UNAUTHENTICATED for anything not issued here and alive. */
  async verify(token: string): Promise<Caller> {
    if (token.length > MAX_TOKEN_LENGTH) throw invalid();
    const known = this.verified.get(token);
    if (known) return known;
    try {
      const { payload } = await jwtVerify(token, await this.key, {
        algorithms: [ALGORITHM],
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        typ: 'JWT',
        requiredClaims: ['sub', 'iat', 'exp', 'jti', 'inst', 'roles'],
        maxTokenAge: this.settings.ttlSeconds,
      });
      const caller: unknown = {
        clientId: payload.sub,
        institutionId: payload['inst'],
        roles: payload['roles'],
      };
      if (!isCaller(caller) || typeof payload.jti !== 'string') throw invalid();
      const verified = {
        clientId: caller.clientId,
        institutionId: caller.institutionId,
        roles: [...caller.roles],
      };
      // jwtVerify required both; past either (exp, or iat + the lifetime) jose refuses the token again.
      const validUntil = Math.min(payload.exp ?? 0, (payload.iat ?? 0) + this.settings.ttlSeconds);
      this.verified.remember(token, verified, validUntil * 1000);
      return verified;
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) {
        throw new DomainError('AUTH.UNAUTHENTICATED', 'The bearer token has expired.');
      }
      throw error instanceof DomainError ? error : invalid();
    }
  }
}

const invalid = () => new DomainError('AUTH.UNAUTHENTICATED', 'The bearer token is invalid.');
