import { Controller, Inject, type Type } from '@nestjs/common';
import type { RpcPattern, RpcResponse } from '@elo/contracts';
import { RpcHandler } from '@elo/messaging';
import { READINESS_CHECKS, runReadinessChecks, type ReadinessCheck } from '@elo/observability';

/** Services that answer `<service>.health.ready` in the RPC contract. */
export type ReadyService = RpcPattern extends infer P
  ? P extends `${infer S}.health.ready`
    ? S
    : never
  : never;

/**
 * The `<service>.health.ready` handler, made for one service: it runs the service's own readiness
 * checks (READINESS_CHECKS, from ObservabilityModule) so the gateway's /health can ask over NATS.
 */
export function readinessHandlerFor(service: ReadyService): Type<unknown> {
  @Controller()
  class ReadinessHandler {
    constructor(@Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[]) {}

    @RpcHandler(`${service}.health.ready`)
    async ready(): Promise<RpcResponse<`${ReadyService}.health.ready`>> {
      const checks = await runReadinessChecks(this.checks);
      return { service, ready: Object.values(checks).every((s) => s === 'up'), checks };
    }
  }
  return ReadinessHandler;
}
