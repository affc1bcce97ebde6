import { Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import {
  apiClientPageSchema,
  createApiClientInputSchema,
  createdApiClientSchema,
  pageQuerySchema,
  type ApiClient,
  type CreatedApiClient,
  type Page,
  type PageQuery,
} from '@elo/contracts';
import { RpcClient } from '@elo/messaging';
import { apiClientParamsSchema, idParamsSchema } from '../common/params';
import { ApiProblems } from '../common/problem.dto';
import { ZodBody, ZodParams, ZodQuery } from '../openapi/zod-http';
import { ApiZodCreated, ApiZodOk } from '../openapi/zod-openapi';
import { Roles } from './access.decorators';

type IdParams = z.output<typeof idParamsSchema>;

@ApiTags('api-clients')
@Controller('v1/institutions/:id/clients')
export class ApiClientsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Roles('admin')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Create an API client of an institution',
    description: 'The answer carries the client secret; it is never readable again.',
  })
  @ApiZodCreated(createdApiClientSchema, 'The client with its secret (shown once)')
  @ApiProblems(400, 404)
  create(
    @ZodParams(idParamsSchema) { id }: IdParams,
    @ZodBody('CreateApiClientInput', createApiClientInputSchema)
    body: z.output<typeof createApiClientInputSchema>,
  ): Promise<CreatedApiClient> {
    return this.rpc.send('directory.client.create', {
      institutionId: id,
      name: body.name,
      roles: body.roles,
    });
  }

  @Get()
  @Roles('admin', 'agency')
  @ApiOperation({
    summary: "List an institution's API clients (paged, without secrets)",
    description: 'An agency sees only the clients of its own institution.',
  })
  @ApiZodOk(apiClientPageSchema)
  @ApiProblems(400)
  list(
    @ZodParams(idParamsSchema) { id }: IdParams,
    @ZodQuery(pageQuerySchema) query: PageQuery,
  ): Promise<Page<ApiClient>> {
    return this.rpc.send('directory.client.list', {
      institutionId: id,
      limit: query.limit,
      cursor: query.cursor,
    });
  }

  @Delete(':clientId')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Revoke an API client',
    description: 'It gets no new tokens, and its tokens stop working within CLIENT_STATUS_CACHE_MS (≤ 30 s).',
  })
  @ApiNoContentResponse({ description: 'Revoked (also when it already was)' })
  @ApiProblems(400, 404)
  async revoke(
    @ZodParams(apiClientParamsSchema) { id, clientId }: z.output<typeof apiClientParamsSchema>,
  ): Promise<void> {
    await this.rpc.send('directory.client.revoke', { institutionId: id, clientId });
  }
}
