import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { RpcRequest, RpcResponse } from '@elo/contracts';
import { RpcHandler, requireCaller } from '@elo/messaging';
import { ApiClientService } from './api-client.service';

@Controller()
export class ApiClientHandler {
  constructor(private readonly clients: ApiClientService) {}

  @RpcHandler('directory.client.create')
  create(
    @Payload() input: RpcRequest<'directory.client.create'>,
  ): Promise<RpcResponse<'directory.client.create'>> {
    return this.clients.create(input, requireCaller());
  }

  @RpcHandler('directory.client.list')
  list(@Payload() input: RpcRequest<'directory.client.list'>): Promise<RpcResponse<'directory.client.list'>> {
    return this.clients.list(input, requireCaller());
  }

  @RpcHandler('directory.client.revoke')
  revoke(
    @Payload() input: RpcRequest<'directory.client.revoke'>,
  ): Promise<RpcResponse<'directory.client.revoke'>> {
    return this.clients.revoke(input, requireCaller());
  }

  // No caller: this is how a caller comes to exist.
  @RpcHandler('directory.client.authenticate')
  authenticate(
    @Payload() input: RpcRequest<'directory.client.authenticate'>,
  ): Promise<RpcResponse<'directory.client.authenticate'>> {
    return this.clients.authenticate(input);
  }

  @RpcHandler('directory.client.status')
  status(
    @Payload() input: RpcRequest<'directory.client.status'>,
  ): Promise<RpcResponse<'directory.client.status'>> {
    return this.clients.status(input);
  }
}
