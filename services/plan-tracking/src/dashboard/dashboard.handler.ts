import { Controller } from '@nestjs/common';
import type { RpcResponse } from '@elo/contracts';
import { RpcHandler } from '@elo/messaging';
import { DashboardService } from './dashboard.service';

@Controller()
export class DashboardHandler {
  constructor(private readonly dashboard: DashboardService) {}

  @RpcHandler('plan-tracking.dashboard.get')
  get(): Promise<RpcResponse<'plan-tracking.dashboard.get'>> {
    return this.dashboard.get();
  }
}
