import { Controller, Inject } from '@nestjs/common';
import type { RpcResponse } from '@elo/contracts';
import { RpcHandler } from '@elo/messaging';
import { READINESS_CHECKS, runReadinessChecks, type ReadinessCheck } from '@elo/observability';

/** Lets the gateway's /health ask whether this service can serve. */
@Controller()
export class ReadinessHandler {
  constructor(@Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[]) {}

  @RpcHandler('plan-tracking.health.ready')
  async ready(): Promise<RpcResponse<'plan-tracking.health.ready'>> {
    const checks = await runReadinessChecks(this.checks);
    return { service: 'plan-tracking', ready: Object.values(checks).every((s) => s === 'up'), checks };
  }
}
