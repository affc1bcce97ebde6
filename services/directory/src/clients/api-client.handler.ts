import { Controller } from '@nestjs/common';
import type { Caller, RpcRequest, RpcResponse } from '@elo/contracts';
import { RpcHandler } from '@elo/messaging';
import { ApiClientService } from './api-client.service';

@Controller()
export class ApiClientHandler {
  constructor(private readonly clients: ApiClientService) {}

  @RpcHandler('directory.client.create')
  create(input: RpcRequest<'directory.client.create'>): Promise<RpcResponse<'directory.client.create'>> {
    return this.clients.create(input);
  }

  @RpcHandler('directory.client.list')
  list(
    input: RpcRequest<'directory.client.list'>,
    caller: Caller,
  ): Promise<RpcResponse<'directory.client.list'>> {
    return this.clients.list(input, caller);
  }

  @RpcHandler('directory.client.revoke')
  revoke(input: RpcRequest<'directory.client.revoke'>): Promise<RpcResponse<'directory.client.revoke'>> {
    return this.clients.revoke(input);
  }

  // Signed by the gateway only (catalog access): this is how a caller comes to exist.
  @RpcHandler('directory.client.credentials')
  credentials(
    input: RpcRequest<'directory.client.credentials'>,
  ): Promise<RpcResponse<'directory.client.credentials'>> {
    return this.clients.credentials(input);
  }

  @RpcHandler('directory.client.status')
  status(input: RpcRequest<'directory.client.status'>): Promise<RpcResponse<'directory.client.status'>> {
    return this.clients.status(input);
  }
}
