import { Controller } from '@nestjs/common';
import type { Caller, RpcRequest, RpcResponse } from '@elo/contracts';
import { RpcHandler } from '@elo/messaging';
import { ActivityService } from './activity.service';

@Controller()
export class ActivityHandler {
  constructor(private readonly activities: ActivityService) {}

  @RpcHandler('plan-tracking.activity.list')
  list(
    input: RpcRequest<'plan-tracking.activity.list'>,
  ): Promise<RpcResponse<'plan-tracking.activity.list'>> {
    return this.activities.list(input);
  }

  @RpcHandler('plan-tracking.activity.get')
  get(input: RpcRequest<'plan-tracking.activity.get'>): Promise<RpcResponse<'plan-tracking.activity.get'>> {
    return this.activities.get(input.code);
  }

  @RpcHandler('plan-tracking.activity.update')
  update(
    input: RpcRequest<'plan-tracking.activity.update'>,
    caller: Caller,
  ): Promise<RpcResponse<'plan-tracking.activity.update'>> {
    return this.activities.update(input.code, input.changes, caller, input.expectedVersion);
  }
}
