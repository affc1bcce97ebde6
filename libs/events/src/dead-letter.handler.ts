import { Controller, type Type } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { EventService, RpcRequest, RpcResponse } from '@elo/contracts';
import { RpcHandler, requireRole } from '@elo/messaging';
import { DeadLetterService } from './dead-letter.service';

/**
 * The `<service>.dead-letter.*` request/reply handlers, made for the service that runs the backbone.
 * Dead letters hold whole events, and replay and delete change state: admins only, checked here too.
 */
export function deadLetterHandlerFor(service: EventService): Type<unknown> {
  @Controller()
  class DeadLetterHandler {
    constructor(private readonly deadLetters: DeadLetterService) {}

    @RpcHandler(`${service}.dead-letter.list`)
    list(
      @Payload() query: RpcRequest<`${EventService}.dead-letter.list`>,
    ): Promise<RpcResponse<`${EventService}.dead-letter.list`>> {
      requireRole('admin');
      return this.deadLetters.list(query);
    }

    @RpcHandler(`${service}.dead-letter.replay`)
    replay(
      @Payload() input: RpcRequest<`${EventService}.dead-letter.replay`>,
    ): Promise<RpcResponse<`${EventService}.dead-letter.replay`>> {
      requireRole('admin');
      return this.deadLetters.replay(String(input?.id));
    }

    @RpcHandler(`${service}.dead-letter.delete`)
    delete(
      @Payload() input: RpcRequest<`${EventService}.dead-letter.delete`>,
    ): Promise<RpcResponse<`${EventService}.dead-letter.delete`>> {
      requireRole('admin');
      return this.deadLetters.delete(String(input?.id));
    }
  }
  return DeadLetterHandler;
}
