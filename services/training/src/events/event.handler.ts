import { Controller } from '@nestjs/common';
import type { Caller, RpcRequest, RpcResponse } from '@elo/contracts';
import { RpcHandler } from '@elo/messaging';
import { CompletionService } from '../certificates/completion.service';
import { TrainingEventUpdateService } from './event-update.service';
import { TrainingEventService } from './event.service';

@Controller()
export class TrainingEventHandler {
  constructor(
    private readonly events: TrainingEventService,
    private readonly completion: CompletionService,
    private readonly updates: TrainingEventUpdateService,
  ) {}

  @RpcHandler('training.event.create')
  create(
    input: RpcRequest<'training.event.create'>,
    caller: Caller,
  ): Promise<RpcResponse<'training.event.create'>> {
    return this.events.create(input, caller);
  }

  @RpcHandler('training.event.update')
  update(
    input: RpcRequest<'training.event.update'>,
    caller: Caller,
  ): Promise<RpcResponse<'training.event.update'>> {
    return this.updates.update(input.id, input.changes, caller, input.expectedVersion);
  }

  @RpcHandler('training.event.get')
  get(input: RpcRequest<'training.event.get'>): Promise<RpcResponse<'training.event.get'>> {
    return this.events.get(input.id);
  }

  @RpcHandler('training.event.list')
  list(input: RpcRequest<'training.event.list'>): Promise<RpcResponse<'training.event.list'>> {
    return this.events.list(input);
  }

  @RpcHandler('training.event.transition')
  transition(
    input: RpcRequest<'training.event.transition'>,
    caller: Caller,
  ): Promise<RpcResponse<'training.event.transition'>> {
    return this.events.transition(input.id, input.to, caller);
  }

  @RpcHandler('training.event.complete')
  complete(
    input: RpcRequest<'training.event.complete'>,
    caller: Caller,
  ): Promise<RpcResponse<'training.event.complete'>> {
    return this.completion.complete(input.id, caller);
  }
}
