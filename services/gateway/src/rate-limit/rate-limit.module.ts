import { type DynamicModule, Logger, Module } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { Counter, type Registry } from 'prom-client';
import { RPC_CONNECTION } from '@elo/messaging';
import { METRICS_REGISTRY } from '@elo/observability';
import { KvCounterStore } from './kv-counter-store';
import type { RateLimitConfig } from './rate-limit.config';
import { RateLimiter } from './rate-limiter';
import { RATE_LIMITER, RATE_LIMIT_CONFIG, RateLimits } from './rate-limits';
import { SignInAttemptsInterceptor } from './sign-in-attempts.interceptor';
import { TokenAttemptsInterceptor } from './token-attempts.interceptor';

/** Rate limits whose counters live in a JetStream key-value bucket on the gateway's NATS connection. */
@Module({})
export class RateLimitModule {
  static forRoot(config: RateLimitConfig): DynamicModule {
    const longestWindowMs =
      Math.max(
        config.RATE_LIMIT_API_WINDOW_SECONDS,
        config.RATE_LIMIT_TOKEN_WINDOW_SECONDS,
        config.RATE_LIMIT_SIGN_IN_WINDOW_SECONDS,
      ) * 1000;
    return {
      module: RateLimitModule,
      global: true,
      providers: [
        { provide: RATE_LIMIT_CONFIG, useValue: config },
        {
          provide: RATE_LIMITER,
          inject: [RPC_CONNECTION, METRICS_REGISTRY],
          useFactory: (nc: NatsConnection, registry: Registry) =>
            new RateLimiter({
              shared: new KvCounterStore(nc, {
                bucket: config.RATE_LIMIT_BUCKET,
                // Counters outlive their window (they are keyed by it), then expire with the bucket's max age.
                ttlMs: 2 * longestWindowMs,
                timeoutMs: config.RATE_LIMIT_STORE_TIMEOUT_MS,
              }),
              retryMs: config.RATE_LIMIT_STORE_RETRY_MS,
              logger: new Logger('RateLimit'),
              storeFailures: new Counter({
                name: 'gateway_rate_limit_store_failures_total',
                help: 'Times the shared rate-limit store did not answer and this replica counted on its own',
                registers: [registry],
              }),
            }),
        },
        RateLimits,
        TokenAttemptsInterceptor,
        SignInAttemptsInterceptor,
      ],
      exports: [RateLimits, TokenAttemptsInterceptor, SignInAttemptsInterceptor],
    };
  }
}
