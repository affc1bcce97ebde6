import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Observable, from, lastValueFrom } from 'rxjs';
import { DomainError } from '@elo/contracts';
import { RateLimits, type TokenAttempt } from './rate-limits';

const MAX_CLIENT_ID_LENGTH = 200;

/**
 * The client id a token request names, read leniently (the body, else HTTP Basic): only to count
 * attempts. Checking the credentials, and refusing malformed ones, stays with the token endpoint.
 */
export function tokenAttemptOf(request: FastifyRequest): TokenAttempt {
  const body = request.body as { client_id?: unknown } | null | undefined;
  let clientId = typeof body?.client_id === 'string' ? body.client_id : undefined;
  const basic = /^Basic ([A-Za-z0-9+/=]+)$/i.exec(request.headers.authorization ?? '');
  if (!clientId && basic?.[1]) {
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const user = decoded.slice(0, Math.max(0, decoded.indexOf(':')));
    clientId = safeDecode(user);
  }
  return { clientId: clientId?.slice(0, MAX_CLIENT_ID_LENGTH) || undefined, address: request.ip };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

/**
 * Wraps the token endpoint: failed attempts per client id and per source address are limited
 * (429 + Retry-After past either). Only a refused credential (AUTH.INVALID_CLIENT) stays counted.
 */
@Injectable()
export class TokenAttemptsInterceptor implements NestInterceptor {
  constructor(private readonly limits: RateLimits) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return from(this.run(tokenAttemptOf(request), reply, next));
  }

  private async run(attempt: TokenAttempt, reply: FastifyReply, next: CallHandler): Promise<unknown> {
    const release = await this.limits.beginTokenAttempt(attempt, reply);
    try {
      const result: unknown = await lastValueFrom(next.handle());
      await release();
      return result;
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'AUTH.INVALID_CLIENT')) await release();
      throw error;
    }
  }
}
