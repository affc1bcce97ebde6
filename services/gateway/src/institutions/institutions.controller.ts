import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import {
  createInstitutionSchema,
  institutionPageSchema,
  institutionSchema,
  listInstitutionsQuerySchema,
  updateInstitutionInputSchema,
  type Institution,
  type Page,
} from '@elo/contracts';
import { RpcClient } from '@elo/messaging';
import { ApiIfMatch, IfMatch } from '../common/etag';
import { idParamsSchema } from '../common/params';
import { ApiProblems } from '../common/problem.dto';
import { Roles } from '../auth/access.decorators';
import { ZodBody, ZodParams, ZodQuery } from '../openapi/zod-http';
import { ApiZodCreated, ApiZodETag, ApiZodOk } from '../openapi/zod-openapi';

type IdParams = z.output<typeof idParamsSchema>;

@ApiTags('institutions')
@Controller('v1/institutions')
export class InstitutionsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Roles('admin')
  @HttpCode(201)
  @ApiOperation({ summary: 'Register an institution' })
  @ApiZodCreated(institutionSchema, 'The new institution, with its id')
  @ApiProblems(400, 409)
  create(
    @ZodBody('CreateInstitutionInput', createInstitutionSchema)
    body: z.output<typeof createInstitutionSchema>,
  ): Promise<Institution> {
    return this.rpc.send('directory.institution.create', { ...body });
  }

  @Get()
  @Roles('admin', 'coordinator', 'agency', 'viewer')
  @ApiOperation({ summary: 'List institutions (paged)' })
  @ApiZodOk(institutionPageSchema)
  @ApiProblems(400)
  list(
    @ZodQuery(listInstitutionsQuerySchema) query: z.output<typeof listInstitutionsQuerySchema>,
  ): Promise<Page<Institution>> {
    return this.rpc.send('directory.institution.list', { ...query });
  }

  @Get(':id')
  @Roles('admin', 'coordinator', 'agency', 'viewer')
  @ApiOperation({ summary: 'Get an institution' })
  @ApiZodETag(institutionSchema)
  @ApiProblems(400, 404)
  get(@ZodParams(idParamsSchema) { id }: IdParams): Promise<Institution> {
    return this.rpc.send('directory.institution.get', { id });
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Change an institution' })
  @ApiZodETag(institutionSchema)
  @ApiIfMatch()
  @ApiProblems(400, 404, 409, 412)
  update(
    @ZodParams(idParamsSchema) { id }: IdParams,
    @ZodBody('UpdateInstitutionInput', updateInstitutionInputSchema)
    body: z.output<typeof updateInstitutionInputSchema>,
    @IfMatch() expectedVersion: number | undefined,
  ): Promise<Institution> {
    return this.rpc.send('directory.institution.update', { id, changes: { ...body }, expectedVersion });
  }
}
