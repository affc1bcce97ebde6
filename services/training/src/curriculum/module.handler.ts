import { Controller } from '@nestjs/common';
import type { RpcRequest, RpcResponse } from '@elo/contracts';
import { RpcHandler } from '@elo/messaging';
import { CurriculumService } from './module.service';

@Controller()
export class CurriculumHandler {
  constructor(private readonly curriculum: CurriculumService) {}

  @RpcHandler('training.module.create')
  create(input: RpcRequest<'training.module.create'>): Promise<RpcResponse<'training.module.create'>> {
    return this.curriculum.create(input);
  }

  @RpcHandler('training.module.update')
  update(input: RpcRequest<'training.module.update'>): Promise<RpcResponse<'training.module.update'>> {
    return this.curriculum.update(input.id, input.changes, input.expectedVersion);
  }

  @RpcHandler('training.module.get')
  get(input: RpcRequest<'training.module.get'>): Promise<RpcResponse<'training.module.get'>> {
    return this.curriculum.get(input.id);
  }

  @RpcHandler('training.module.list')
  list(input: RpcRequest<'training.module.list'>): Promise<RpcResponse<'training.module.list'>> {
    return this.curriculum.list(input);
  }
}
