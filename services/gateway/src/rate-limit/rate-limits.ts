import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DomainError } from '@elo/contracts';
import { setRateLimitHeaders, setRetryAfter } from './rate-limit.headers';
import type { RateLimitConfig } from './rate-limit.config';
import { RateLimiter, type LimitPolicy } from './rate-limiter';

export const RATE_LIMITER = Symbol('RATE_LIMITER');
/** The limiter of API requests: counts taken in leases (LeasedCounterStore). */
export const API_RATE_LIMITER = Symbol('API_RATE_LIMITER');
export const RATE_LIMIT_CONFIG = Symbol('RATE_LIMIT_CONFIG');

/** The subjects a token request is counted under; either may be missing (no client id sent). */
export interface TokenAttempt {
  clientId?: string;
  address: string;
}

const tooMany = (what: string) =>
  new DomainError('COMMON.RATE_LIMITED', `Too many ${what}; try again after the time in Retry-After.`);

/** A person's sign-in attempt: the email it names (when any) and the source address. */
export interface SignInAttempt {
  email?: string;
  address: string;
}

interface Counted {
  policy: LimitPolicy;
  subject: string;
}

/**
 * The gateway's limits: API requests per client; failed token requests per client id and address;
 * failed sign-ins of people per email and address.
 */
@Injectable()
export class RateLimits {
  readonly api: LimitPolicy;
  readonly tokenPerClient: LimitPolicy;
  readonly tokenPerAddress: LimitPolicy;
  readonly signInPerEmail: LimitPolicy;
  readonly signInPerAddress: LimitPolicy;

  constructor(
    @Inject(RATE_LIMITER) private readonly limiter: RateLimiter,
    @Inject(API_RATE_LIMITER) private readonly apiLimiter: RateLimiter,
    @Inject(RATE_LIMIT_CONFIG) config: RateLimitConfig,
  ) {
    this.api = {
      name: 'api',
      quota: config.RATE_LIMIT_API_REQUESTS,
      windowSeconds: config.RATE_LIMIT_API_WINDOW_SECONDS,
    };
    const window = config.RATE_LIMIT_TOKEN_WINDOW_SECONDS;
    this.tokenPerClient = {
      name: 'token-client',
      quota: config.RATE_LIMIT_TOKEN_FAILURES_PER_CLIENT,
      windowSeconds: window,
    };
    this.tokenPerAddress = {
      name: 'token-address',
      quota: config.RATE_LIMIT_TOKEN_FAILURES_PER_ADDRESS,
      windowSeconds: window,
    };
    this.signInPerEmail = {
      name: 'sign-in-email',
      quota: config.RATE_LIMIT_SIGN_IN_FAILURES_PER_EMAIL,
      windowSeconds: config.RATE_LIMIT_SIGN_IN_WINDOW_SECONDS,
    };
    this.signInPerAddress = {
      name: 'sign-in-address',
      quota: config.RATE_LIMIT_SIGN_IN_FAILURES_PER_ADDRESS,
      windowSeconds: config.RATE_LIMIT_SIGN_IN_WINDOW_SECONDS,
    };
  }

  /** Counts one API request of an authenticated client; sets the RateLimit headers, 429 past the quota. */
  async consumeApi(clientId: string, reply: FastifyReply): Promise<void> {
    const state = await this.apiLimiter.add(this.api, clientId);
    setRateLimitHeaders(reply, state);
    if (state.exceeded) {
      setRetryAfter(reply, state.resetSeconds);
      throw tooMany('requests for this client');
    }
  }

  /**
   * Counts a token request as failed before it is checked, so that parallel guesses cannot all slip
   * in before the first failure is recorded; `release` gives the count back when it did not fail.
   * Past either limit: 429 with Retry-After, and the credentials are not checked at all.
   */
  async beginTokenAttempt(attempt: TokenAttempt, reply: FastifyReply): Promise<() => Promise<void>> {
    return this.beginAttempt(
      [
        { policy: this.tokenPerAddress, subject: attempt.address },
        ...(attempt.clientId ? [{ policy: this.tokenPerClient, subject: attempt.clientId }] : []),
      ],
      reply,
      'failed token requests',
    );
  }

  /** The same for a person's sign-in: counted as failed first, given back unless refused. */
  async beginSignInAttempt(attempt: SignInAttempt, reply: FastifyReply): Promise<() => Promise<void>> {
    return this.beginAttempt(
      [
        { policy: this.signInPerAddress, subject: attempt.address },
        ...(attempt.email ? [{ policy: this.signInPerEmail, subject: attempt.email }] : []),
      ],
      reply,
      'failed sign-ins',
    );
  }

  private async beginAttempt(
    counted: Counted[],
    reply: FastifyReply,
    what: string,
  ): Promise<() => Promise<void>> {
    const states = await Promise.all(counted.map((c) => this.limiter.add(c.policy, c.subject)));
    const release = async () => {
      await Promise.all(counted.map((c) => this.limiter.add(c.policy, c.subject, -1)));
    };
    const exceeded = states.filter((s) => s.exceeded);
    if (exceeded.length > 0) {
      await release(); // a refused attempt is not a failed one: waiting it out must end the block
      setRetryAfter(reply, Math.max(...exceeded.map((s) => s.resetSeconds)));
      throw tooMany(what);
    }
    return release;
  }
}
