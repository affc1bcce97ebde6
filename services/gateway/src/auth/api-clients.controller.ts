import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { RpcClient } from '@elo/messaging';
import { IdParamDto } from '../common/id-param.dto';
import { PageQueryDto } from '../common/pagination.dto';
import { ApiProblems } from '../common/problem.dto';
import { Roles } from './access.decorators';
import {
  ApiClientPageDto,
  ApiClientParamDto,
  CreateApiClientDto,
  CreatedApiClientDto,
} from './api-client.dto';

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
  @ApiCreatedResponse({ type: CreatedApiClientDto, description: 'The client with its secret (shown once)' })
  @ApiProblems(400, 404)
  create(@Param() { id }: IdParamDto, @Body() body: CreateApiClientDto): Promise<CreatedApiClientDto> {
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
  @ApiOkResponse({ type: ApiClientPageDto })
  @ApiProblems(400)
  list(@Param() { id }: IdParamDto, @Query() query: PageQueryDto): Promise<ApiClientPageDto> {
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
  async revoke(@Param() { id, clientId }: ApiClientParamDto): Promise<void> {
    await this.rpc.send('directory.client.revoke', { institutionId: id, clientId });
  }
}
