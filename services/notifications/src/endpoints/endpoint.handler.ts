import { Controller } from '@nestjs/common';
import type { Caller, RpcPattern, RpcRequest, RpcResponse } from '@elo/contracts';
import { RpcHandler } from '@elo/messaging';
import { DeliveryLogService } from '../delivery/delivery-log.service';
import { EndpointService } from './endpoint.service';

type Req<P extends RpcPattern> = RpcRequest<P>;
type Res<P extends RpcPattern> = Promise<RpcResponse<P>>;

@Controller()
export class EndpointHandler {
  constructor(
    private readonly endpoints: EndpointService,
    private readonly log: DeliveryLogService,
  ) {}

  @RpcHandler('notifications.endpoint.create')
  create(input: Req<'notifications.endpoint.create'>, caller: Caller): Res<'notifications.endpoint.create'> {
    return this.endpoints.create(input, caller);
  }

  @RpcHandler('notifications.endpoint.list')
  list(input: Req<'notifications.endpoint.list'>, caller: Caller): Res<'notifications.endpoint.list'> {
    return this.endpoints.list(input, caller);
  }

  @RpcHandler('notifications.endpoint.get')
  get(input: Req<'notifications.endpoint.get'>, caller: Caller): Res<'notifications.endpoint.get'> {
    return this.endpoints.get(input.id, caller);
  }

  @RpcHandler('notifications.endpoint.update')
  update(input: Req<'notifications.endpoint.update'>, caller: Caller): Res<'notifications.endpoint.update'> {
    return this.endpoints.update(input.id, input.changes, caller, input.expectedVersion);
  }

  @RpcHandler('notifications.endpoint.rotate-secret')
  rotate(
    input: Req<'notifications.endpoint.rotate-secret'>,
    caller: Caller,
  ): Res<'notifications.endpoint.rotate-secret'> {
    return this.endpoints.rotate(input.id, caller);
  }

  @RpcHandler('notifications.endpoint.test')
  test(input: Req<'notifications.endpoint.test'>, caller: Caller): Res<'notifications.endpoint.test'> {
    return this.log.test(input.id, caller);
  }

  @RpcHandler('notifications.endpoint.recover')
  recover(
    input: Req<'notifications.endpoint.recover'>,
    caller: Caller,
  ): Res<'notifications.endpoint.recover'> {
    return this.log.recover(input.id, input.since, caller);
  }

  @RpcHandler('notifications.message.list')
  messages(input: Req<'notifications.message.list'>, caller: Caller): Res<'notifications.message.list'> {
    return this.log.messagePage(input, caller);
  }

  @RpcHandler('notifications.message.replay')
  replay(input: Req<'notifications.message.replay'>, caller: Caller): Res<'notifications.message.replay'> {
    return this.log.replay(input.id, input.messageId, caller);
  }

  @RpcHandler('notifications.attempt.list')
  attempts(input: Req<'notifications.attempt.list'>, caller: Caller): Res<'notifications.attempt.list'> {
    return this.log.attemptPage(input, caller);
  }
}
