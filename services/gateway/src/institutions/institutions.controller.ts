import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RpcClient } from '@elo/messaging';
import { ApiETagResponse, ApiIfMatch, IfMatch } from '../common/etag';
import { ApiProblems } from '../common/problem.dto';
import { Roles } from '../auth/access.decorators';
import { IdParamDto } from '../common/id-param.dto';
import {
  CreateInstitutionDto,
  InstitutionDto,
  InstitutionPageDto,
  ListInstitutionsQueryDto,
  UpdateInstitutionDto,
} from './institution.dto';

@ApiTags('institutions')
@Controller('v1/institutions')
export class InstitutionsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Roles('admin')
  @HttpCode(201)
  @ApiOperation({ summary: 'Register an institution' })
  @ApiCreatedResponse({ type: InstitutionDto, description: 'The new institution, with its id' })
  @ApiProblems(400, 409)
  create(@Body() body: CreateInstitutionDto): Promise<InstitutionDto> {
    return this.rpc.send('directory.institution.create', { ...body });
  }

  @Get()
  @Roles('admin', 'coordinator', 'agency', 'viewer')
  @ApiOperation({ summary: 'List institutions (paged)' })
  @ApiOkResponse({ type: InstitutionPageDto })
  @ApiProblems(400)
  list(@Query() query: ListInstitutionsQueryDto): Promise<InstitutionPageDto> {
    return this.rpc.send('directory.institution.list', { ...query });
  }

  @Get(':id')
  @Roles('admin', 'coordinator', 'agency', 'viewer')
  @ApiOperation({ summary: 'Get an institution' })
  @ApiETagResponse(InstitutionDto)
  @ApiProblems(400, 404)
  get(@Param() { id }: IdParamDto): Promise<InstitutionDto> {
    return this.rpc.send('directory.institution.get', { id });
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Change an institution' })
  @ApiETagResponse(InstitutionDto)
  @ApiIfMatch()
  @ApiProblems(400, 404, 409, 412)
  update(
    @Param() { id }: IdParamDto,
    @Body() body: UpdateInstitutionDto,
    @IfMatch() expectedVersion: number | undefined,
  ): Promise<InstitutionDto> {
    return this.rpc.send('directory.institution.update', { id, changes: { ...body }, expectedVersion });
  }
}
