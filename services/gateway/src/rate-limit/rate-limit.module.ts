import { type DynamicModule, Logger, Module } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { Counter, type Registry } from 'prom-client';
import { RPC_CONNECTION } from '@elo/messaging';
import { METRICS_REGISTRY } from '@elo/observability';
import type { CounterStore } from './counter-store';
import { KvCounterStore } from './kv-counter-store';
import { LeasedCounterStore, leaseSizeFor } from './leased-counter-store';
import type { RateLimitConfig } from './rate-limit.config';
import { RateLimiter } from './rate-limiter';
import { API_RATE_LIMITER, RATE_LIMITER, RATE_LIMIT_CONFIG, RateLimits } from './rate-limits';
import { SignInAttemptsInterceptor } from './sign-in-attempts.interceptor';
import { TokenAttemptsInterceptor } from './token-attempts.interceptor';

const KV_COUNTERS = Symbol('KV_COUNTERS');
const STORE_FAILURES = Symbol('STORE_FAILURES');

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
    const limiter = (shared: CounterStore, storeFailures: Counter) =>
      new RateLimiter({
        shared,
        retryMs: config.RATE_LIMIT_STORE_RETRY_MS,
        logger: new Logger('RateLimit'),
        storeFailures,
      });
    return {
      module: RateLimitModule,
      global: true,
      providers: [
        { provide: RATE_LIMIT_CONFIG, useValue: config },
        {
          provide: KV_COUNTERS,
          inject: [RPC_CONNECTION],
          useFactory: (nc: NatsConnection) =>
            new KvCounterStore(nc, {
              bucket: config.RATE_LIMIT_BUCKET,
              // Counters outlive their window (they are keyed by it), then expire with the bucket's max age.
              ttlMs: 2 * longestWindowMs,
              timeoutMs: config.RATE_LIMIT_STORE_TIMEOUT_MS,
            }),
        },
        {
          provide: STORE_FAILURES,
          inject: [METRICS_REGISTRY],
          useFactory: (registry: Registry) =>
            new Counter({
              name: 'gateway_rate_limit_store_failures_total',
              help: 'Times the shared rate-limit store did not answer and this replica counted on its own',
              registers: [registry],
            }),
        },
        {
          provide: RATE_LIMITER,
          inject: [KV_COUNTERS, STORE_FAILURES],
          useFactory: (shared: CounterStore, failures: Counter) => limiter(shared, failures),
        },
        {
          // API requests take their counts in leases: one shared write per lease, not per request.
          provide: API_RATE_LIMITER,
          inject: [KV_COUNTERS, STORE_FAILURES],
          useFactory: (shared: CounterStore, failures: Counter) =>
            limiter(new LeasedCounterStore(shared, leaseSizeFor(config.RATE_LIMIT_API_REQUESTS)), failures),
        },
        RateLimits,
        TokenAttemptsInterceptor,
        SignInAttemptsInterceptor,
      ],
      exports: [RateLimits, TokenAttemptsInterceptor, SignInAttemptsInterceptor],
    };
  }
}
