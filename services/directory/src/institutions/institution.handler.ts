import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { RpcRequest, RpcResponse } from '@elo/contracts';
import { RpcHandler, requireRole } from '@elo/messaging';
import { InstitutionService } from './institution.service';

@Controller()
export class InstitutionHandler {
  constructor(private readonly institutions: InstitutionService) {}

  @RpcHandler('directory.institution.create')
  create(@Payload() input: RpcRequest<'directory.institution.create'>): Promise<RpcResponse<'directory.institution.create'>> {
    requireRole('admin');
    return this.institutions.create(input);
  }

  @RpcHandler('directory.institution.get')
  get(@Payload() input: RpcRequest<'directory.institution.get'>): Promise<RpcResponse<'directory.institution.get'>> {
    return this.institutions.get(input.id);
  }

  @RpcHandler('directory.institution.list')
  list(@Payload() input: RpcRequest<'directory.institution.list'>): Promise<RpcResponse<'directory.institution.list'>> {
    return this.institutions.list(input);
  }

  @RpcHandler('directory.institution.update')
  update(@Payload() input: RpcRequest<'directory.institution.update'>): Promise<RpcResponse<'directory.institution.update'>> {
    requireRole('admin');
    return this.institutions.update(input.id, input.changes, input.expectedVersion);
  }
}
