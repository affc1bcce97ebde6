import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Observable, from, lastValueFrom } from 'rxjs';
import { DomainError } from '@elo/contracts';
import { RateLimits, type SignInAttempt } from './rate-limits';

const MAX_EMAIL_LENGTH = 254;
/** Refusals that mean someone is guessing: they stay counted (a locked account answers this too). */
const GUESSES = new Set(['AUTH.INVALID_CREDENTIALS']);

/** The email a sign-in names, read leniently (only to count attempts; the route validates it). */
export function signInAttemptOf(request: FastifyRequest): SignInAttempt {
  const body = request.body as { email?: unknown } | null | undefined;
  const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : undefined;
  return { email: email?.slice(0, MAX_EMAIL_LENGTH) || undefined, address: request.ip };
}

/**
 * Wraps POST /v1/session: failed sign-ins per email and per source address are limited (429 +
 * Retry-After past either), on top of the account's own temporary lock kept by the directory.
 */
@Injectable()
export class SignInAttemptsInterceptor implements NestInterceptor {
  constructor(private readonly limits: RateLimits) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return from(this.run(signInAttemptOf(request), reply, next));
  }

  private async run(attempt: SignInAttempt, reply: FastifyReply, next: CallHandler): Promise<unknown> {
    const release = await this.limits.beginSignInAttempt(attempt, reply);
    try {
      const result: unknown = await lastValueFrom(next.handle());
      await release();
      return result;
    } catch (error) {
      if (!(error instanceof DomainError && GUESSES.has(error.code))) await release();
      throw error;
    }
  }
}
