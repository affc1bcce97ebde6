import { type CanActivate, type ExecutionContext, Injectable, type Type } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DomainError, type Caller } from '@elo/contracts';
import { type CorrelatedRequest, setCaller } from '../http/correlation';
import { RateLimits } from '../rate-limit/rate-limits';
import { SessionAuthenticator } from '../session/session-authenticator';
import { sessionTokenOf } from '../session/session-cookie';
import { accessPolicyOf } from './access-policy';
import { ClientStatusCache } from './client-status.cache';
import { TokenService } from './token.service';

const BEARER = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/i;

/**
 * Global guard: every route is refused unless it declares @Public() or @Roles(...). For the
 * latter it verifies the bearer token, checks the client is not revoked — or, without an
 * Authorization header, resolves a person's session cookie (CSRF checked on changes) — sets `request.caller`
 * (forwarded to services in the x-elo-caller header), counts the request against the client's rate
 * limit and requires one of the roles.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly tokens: TokenService,
    private readonly statuses: ClientStatusCache,
    private readonly limits: RateLimits,
    private readonly sessions: SessionAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const policy = accessPolicyOf(context.getClass<Type<unknown>>(), context.getHandler());
    if (!policy)
      throw new DomainError('AUTH.FORBIDDEN', 'This operation declares no roles, so nobody may call it.');
    if (policy.kind === 'public') return true;

    const request = context.switchToHttp().getRequest<CorrelatedRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const caller = await this.authenticate(request, reply);
    setCaller(request, caller);
    await this.limits.consumeApi(caller.clientId, reply);
    if (!caller.roles.some((role) => policy.roles.includes(role))) {
      void reply.header('www-authenticate', 'Bearer realm="elo", error="insufficient_scope"');
      throw new DomainError(
        'AUTH.FORBIDDEN',
        `This operation needs one of the roles: ${policy.roles.join(', ')}.`,
      );
    }
    return true;
  }

  private async authenticate(request: CorrelatedRequest, reply: FastifyReply): Promise<Caller> {
    // A bearer token wins; the cookie counts only without one, so API clients never depend on it.
    const sessionToken = request.headers.authorization ? undefined : sessionTokenOf(request.headers.cookie);
    if (sessionToken) return this.sessions.authenticate(request, sessionToken);
    const match = BEARER.exec(request.headers.authorization ?? '');
    if (!match?.[1]) {
      void reply.header('www-authenticate', 'Bearer realm="elo"');
      throw new DomainError('AUTH.UNAUTHENTICATED', 'This operation needs an Authorization: Bearer token.');
    }
    try {
      const caller = await this.tokens.verify(match[1]);
      await this.statuses.assertActive(caller);
      return caller;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'AUTH.UNAUTHENTICATED') {
        void reply.header('www-authenticate', 'Bearer realm="elo", error="invalid_token"');
      }
      throw error;
    }
  }
}
