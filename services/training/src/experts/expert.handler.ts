import { Controller } from '@nestjs/common';
import type { Caller, RpcRequest, RpcResponse } from '@elo/contracts';
import { RpcHandler } from '@elo/messaging';
import { ExpertService } from './expert.service';

@Controller()
export class ExpertHandler {
  constructor(private readonly experts: ExpertService) {}

  @RpcHandler('training.expert.create')
  create(
    input: RpcRequest<'training.expert.create'>,
    caller: Caller,
  ): Promise<RpcResponse<'training.expert.create'>> {
    return this.experts.create(input, caller);
  }

  @RpcHandler('training.expert.remove')
  remove(input: RpcRequest<'training.expert.remove'>): Promise<RpcResponse<'training.expert.remove'>> {
    return this.experts.remove(input.id);
  }

  @RpcHandler('training.expert.get')
  get(input: RpcRequest<'training.expert.get'>): Promise<RpcResponse<'training.expert.get'>> {
    return this.experts.get(input.id);
  }

  @RpcHandler('training.expert.list')
  list(input: RpcRequest<'training.expert.list'>): Promise<RpcResponse<'training.expert.list'>> {
    return this.experts.list(input);
  }
}
