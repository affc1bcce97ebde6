import { createHash, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SYSTEM_INSTITUTION_ID, type Caller } from '@elo/contracts';
import { AUTH_SETTINGS, type AuthSettings } from './auth.settings';

// Hash both sides first: timingSafeEqual needs equal lengths, and the length must not leak either.
const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
const same = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));

/**
 * The admin client from ELO_ADMIN_CLIENT_ID / ELO_ADMIN_CLIENT_SECRET. It lives in configuration,
 * not in the directory, belongs to no institution (SYSTEM_INSTITUTION_ID) and cannot be revoked
 * through the API: rotate it by changing the variables (its old tokens end within their lifetime).
 */
@Injectable()
export class BootstrapAdmin {
  constructor(@Inject(AUTH_SETTINGS) private readonly settings: AuthSettings) {}

  isAdminClientId(clientId: string): boolean {
    return same(clientId, this.settings.adminClientId);
  }

  /** Both compared in constant time, always both, so a wrong id and a wrong secret look alike. */
  authenticate(clientId: string, clientSecret: string): Caller | undefined {
    const idMatches = same(clientId, this.settings.adminClientId);
    const secretMatches = same(clientSecret, this.settings.adminClientSecret);
    return idMatches && secretMatches ? this.caller() : undefined;
  }

  isAdminCaller(caller: Caller): boolean {
    return caller.institutionId === SYSTEM_INSTITUTION_ID && this.isAdminClientId(caller.clientId);
  }

  private caller(): Caller {
    return { clientId: this.settings.adminClientId, institutionId: SYSTEM_INSTITUTION_ID, roles: ['admin'] };
  }
}
