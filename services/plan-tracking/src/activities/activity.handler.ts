import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { RpcRequest, RpcResponse } from '@elo/contracts';
import { RpcHandler } from '@elo/messaging';
import { ActivityService } from './activity.service';

@Controller()
export class ActivityHandler {
  constructor(private readonly activities: ActivityService) {}

  @RpcHandler('plan-tracking.activity.list')
  list(
    @Payload() input: RpcRequest<'plan-tracking.activity.list'>,
  ): Promise<RpcResponse<'plan-tracking.activity.list'>> {
    return this.activities.list(input);
  }

  @RpcHandler('plan-tracking.activity.get')
  get(
    @Payload() input: RpcRequest<'plan-tracking.activity.get'>,
  ): Promise<RpcResponse<'plan-tracking.activity.get'>> {
    return this.activities.get(input.code);
  }

  @RpcHandler('plan-tracking.activity.update')
  update(
    @Payload() input: RpcRequest<'plan-tracking.activity.update'>,
  ): Promise<RpcResponse<'plan-tracking.activity.update'>> {
    return this.activities.update(input.code, input.changes, input.expectedVersion);
  }
}
