import { Controller } from '@nestjs/common';
import type { RpcRequest, RpcResponse } from '@elo/contracts';
import { RpcHandler } from '@elo/messaging';
import { StructureRepository } from './structure.repository';

@Controller()
export class StructureHandler {
  constructor(private readonly structure: StructureRepository) {}

  @RpcHandler('plan-tracking.axis.list')
  async axes(): Promise<RpcResponse<'plan-tracking.axis.list'>> {
    return { items: await this.structure.listAxes() };
  }

  @RpcHandler('plan-tracking.action.list')
  actions(input: RpcRequest<'plan-tracking.action.list'>): Promise<RpcResponse<'plan-tracking.action.list'>> {
    return this.structure.listActions(input);
  }
}
