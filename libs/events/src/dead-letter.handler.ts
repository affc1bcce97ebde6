import { Controller, type Type } from '@nestjs/common';
import type { Caller, EventService, RpcRequest, RpcResponse } from '@elo/contracts';
import { RpcHandler } from '@elo/messaging';
import { DeadLetterService } from './dead-letter.service';

/**
 * The `<service>.dead-letter.*` request/reply handlers, made for the service that runs the backbone.
 * Who may call them (admins) is declared in the RPC catalog and checked before these run.
 */
export function deadLetterHandlerFor(service: EventService): Type<unknown> {
  @Controller()
  class DeadLetterHandler {
    constructor(private readonly deadLetters: DeadLetterService) {}

    @RpcHandler(`${service}.dead-letter.list`)
    list(
      query: RpcRequest<`${EventService}.dead-letter.list`>,
    ): Promise<RpcResponse<`${EventService}.dead-letter.list`>> {
      return this.deadLetters.list(query);
    }

    @RpcHandler(`${service}.dead-letter.replay`)
    replay(
      input: RpcRequest<`${EventService}.dead-letter.replay`>,
      caller: Caller,
    ): Promise<RpcResponse<`${EventService}.dead-letter.replay`>> {
      return this.deadLetters.replay(input.id, caller);
    }

    @RpcHandler(`${service}.dead-letter.delete`)
    delete(
      input: RpcRequest<`${EventService}.dead-letter.delete`>,
      caller: Caller,
    ): Promise<RpcResponse<`${EventService}.dead-letter.delete`>> {
      return this.deadLetters.delete(input.id, caller);
    }
  }
  return DeadLetterHandler;
}
