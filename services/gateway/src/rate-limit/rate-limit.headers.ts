import type { FastifyReply } from 'fastify';
import type { LimitState } from './rate-limiter';

/**
 * The IETF draft's headers (draft-ietf-httpapi-ratelimit-headers: structured-field lists keyed by
 * policy name): `RateLimit-Policy: "api";q=600;w=60` and `RateLimit: "api";r=599;t=42`.
 */
export function setRateLimitHeaders(reply: FastifyReply, state: LimitState): void {
  const { name, quota, windowSeconds } = state.policy;
  void reply.header('ratelimit-policy', `"${name}";q=${quota};w=${windowSeconds}`);
  void reply.header('ratelimit', `"${name}";r=${state.remaining};t=${state.resetSeconds}`);
}

export function setRetryAfter(reply: FastifyReply, seconds: number): void {
  void reply.header('retry-after', String(seconds));
}
