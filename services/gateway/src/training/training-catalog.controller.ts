import { Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  createExpertSchema,
  createModuleSchema,
  listExpertsQuerySchema,
  listModulesQuerySchema,
  trainingIdParamsSchema,
  updateModuleSchema,
  type CreateExpertInput,
  type CreateModuleInput,
  type CurriculumModule,
  type Expert,
  type ListExpertsQuery,
  type ListModulesQuery,
  type Page,
  type UpdateModuleInput,
} from '@elo/contracts';
import { RpcClient } from '@elo/messaging';
import { Roles } from '../auth/access.decorators';
import { ApiIfMatch, IfMatch } from '../common/etag';
import { ApiProblems } from '../common/problem.dto';
import { ZodBody, ZodParams, ZodQuery } from '../openapi/zod-http';
import { ApiJsonETagResponse, ApiJsonResponse } from './responses';

type IdParams = { id: string };

/** The minimum curriculum (1.4.2) and the expert bank (1.4.3): public to every role, managed by coordinators. */
@ApiTags('training')
@Controller('v1/training')
export class TrainingCatalogController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('modules')
  @Roles('admin', 'coordinator', 'agency', 'viewer')
  @ApiOperation({ summary: 'Curriculum modules, by audience and activity code (paged)' })
  @ApiJsonResponse('A page of modules: { items, nextCursor }')
  @ApiProblems(400)
  listModules(@ZodQuery(listModulesQuerySchema) query: ListModulesQuery): Promise<Page<CurriculumModule>> {
    return this.rpc.send('training.module.list', query);
  }

  @Post('modules')
  @Roles('admin', 'coordinator')
  @HttpCode(201)
  @ApiOperation({ summary: 'Add a module to the minimum curriculum' })
  @ApiJsonResponse('The new module, with its id', 201)
  @ApiProblems(400)
  createModule(
    @ZodBody('CreateCurriculumModule', createModuleSchema) body: CreateModuleInput,
  ): Promise<CurriculumModule> {
    return this.rpc.send('training.module.create', body);
  }

  @Get('modules/:id')
  @Roles('admin', 'coordinator', 'agency', 'viewer')
  @ApiOperation({ summary: 'One curriculum module' })
  @ApiJsonETagResponse('The module, with its version in ETag')
  @ApiProblems(400, 404)
  getModule(@ZodParams(trainingIdParamsSchema) { id }: IdParams): Promise<CurriculumModule> {
    return this.rpc.send('training.module.get', { id });
  }

  @Patch('modules/:id')
  @Roles('admin', 'coordinator')
  @ApiOperation({ summary: 'Change a curriculum module (only the fields sent)' })
  @ApiJsonETagResponse('The module as changed, with its new version in ETag')
  @ApiIfMatch()
  @ApiProblems(400, 404, 409, 412)
  updateModule(
    @ZodParams(trainingIdParamsSchema) { id }: IdParams,
    @ZodBody('UpdateCurriculumModule', updateModuleSchema) changes: UpdateModuleInput,
    @IfMatch() expectedVersion: number | undefined,
  ): Promise<CurriculumModule> {
    return this.rpc.send('training.module.update', { id, changes, expectedVersion });
  }

  @Get('experts')
  @Roles('admin', 'coordinator', 'agency', 'viewer')
  @ApiOperation({
    summary: 'The expert bank (only experts whose consent was recorded), by area, language and UF (paged)',
  })
  @ApiJsonResponse('A page of experts: { items, nextCursor }')
  @ApiProblems(400)
  listExperts(@ZodQuery(listExpertsQuerySchema) query: ListExpertsQuery): Promise<Page<Expert>> {
    return this.rpc.send('training.expert.list', query);
  }

  @Post('experts')
  @Roles('admin', 'coordinator')
  @HttpCode(201)
  @ApiOperation({ summary: 'List an expert, with the consent they gave' })
  @ApiJsonResponse('The listed expert', 201)
  @ApiProblems(400, 409)
  createExpert(@ZodBody('CreateExpert', createExpertSchema) body: CreateExpertInput): Promise<Expert> {
    return this.rpc.send('training.expert.create', body);
  }

  @Get('experts/:id')
  @Roles('admin', 'coordinator', 'agency', 'viewer')
  @ApiOperation({ summary: 'One expert' })
  @ApiJsonResponse('The expert')
  @ApiProblems(400, 404)
  getExpert(@ZodParams(trainingIdParamsSchema) { id }: IdParams): Promise<Expert> {
    return this.rpc.send('training.expert.get', { id });
  }

  @Delete('experts/:id')
  @Roles('admin', 'coordinator')
  @ApiOperation({ summary: 'Remove an expert on their request (the record is deleted)' })
  @ApiJsonResponse('{ removed: true }')
  @ApiProblems(400, 404)
  removeExpert(@ZodParams(trainingIdParamsSchema) { id }: IdParams): Promise<{ removed: true }> {
    return this.rpc.send('training.expert.remove', { id });
  }
}
