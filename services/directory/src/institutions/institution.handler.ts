import { Controller } from '@nestjs/common';
import type { RpcRequest, RpcResponse } from '@elo/contracts';
import { RpcHandler } from '@elo/messaging';
import { InstitutionService } from './institution.service';

@Controller()
export class InstitutionHandler {
  constructor(private readonly institutions: InstitutionService) {}

  @RpcHandler('directory.institution.create')
  create(
    input: RpcRequest<'directory.institution.create'>,
  ): Promise<RpcResponse<'directory.institution.create'>> {
    return this.institutions.create(input);
  }

  @RpcHandler('directory.institution.get')
  get(input: RpcRequest<'directory.institution.get'>): Promise<RpcResponse<'directory.institution.get'>> {
    return this.institutions.get(input.id);
  }

  @RpcHandler('directory.institution.list')
  list(input: RpcRequest<'directory.institution.list'>): Promise<RpcResponse<'directory.institution.list'>> {
    return this.institutions.list(input);
  }

  @RpcHandler('directory.institution.update')
  update(
    input: RpcRequest<'directory.institution.update'>,
  ): Promise<RpcResponse<'directory.institution.update'>> {
    return this.institutions.update(input.id, input.changes, input.expectedVersion);
  }
}
