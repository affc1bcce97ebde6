import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  createExpertSchema,
  createModuleSchema,
  listExpertsQuerySchema,
  listModulesQuerySchema,
  type CurriculumModule,
  type Expert,
  type Page,
  type RpcRequest,
} from '@elo/contracts';
import { RpcClient } from '@elo/messaging';
import { Roles } from '../auth/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import { ApiJsonResponse, ApiZodBody, ApiZodQuery, bodyOf, queryOf } from './zod-openapi';

/** The minimum curriculum (1.4.2) and the expert bank (1.4.3): public to every role, managed by coordinators. */
@ApiTags('training')
@Controller('v1/training')
export class TrainingCatalogController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('modules')
  @Roles('admin', 'coordinator', 'agency', 'viewer')
  @ApiOperation({ summary: 'Curriculum modules, by audience and activity code (paged)' })
  @ApiZodQuery(listModulesQuerySchema)
  @ApiJsonResponse('A page of modules: { items, nextCursor }')
  @ApiProblems(400)
  listModules(@Query() query: Record<string, unknown>): Promise<Page<CurriculumModule>> {
    return this.rpc.send('training.module.list', queryOf(query) as RpcRequest<'training.module.list'>);
  }

  @Post('modules')
  @Roles('admin', 'coordinator')
  @HttpCode(201)
  @ApiOperation({ summary: 'Add a module to the minimum curriculum' })
  @ApiZodBody(createModuleSchema, 'The module')
  @ApiJsonResponse('The new module, with its id', 201)
  @ApiProblems(400)
  createModule(@Body() body: unknown): Promise<CurriculumModule> {
    return this.rpc.send('training.module.create', bodyOf(body) as RpcRequest<'training.module.create'>);
  }

  @Get('modules/:id')
  @Roles('admin', 'coordinator', 'agency', 'viewer')
  @ApiOperation({ summary: 'One curriculum module' })
  @ApiJsonResponse('The module')
  @ApiProblems(400, 404)
  getModule(@Param('id') id: string): Promise<CurriculumModule> {
    return this.rpc.send('training.module.get', { id });
  }

  @Patch('modules/:id')
  @Roles('admin', 'coordinator')
  @ApiOperation({ summary: 'Change a curriculum module' })
  @ApiZodBody(createModuleSchema.partial(), 'The fields to change')
  @ApiJsonResponse('The module as changed')
  @ApiProblems(400, 404)
  updateModule(@Param('id') id: string, @Body() body: unknown): Promise<CurriculumModule> {
    return this.rpc.send('training.module.update', {
      id,
      changes: bodyOf(body),
    });
  }

  @Get('experts')
  @Roles('admin', 'coordinator', 'agency', 'viewer')
  @ApiOperation({
    summary: 'The expert bank (only experts whose consent was recorded), by area, language and UF (paged)',
  })
  @ApiZodQuery(listExpertsQuerySchema)
  @ApiJsonResponse('A page of experts: { items, nextCursor }')
  @ApiProblems(400)
  listExperts(@Query() query: Record<string, unknown>): Promise<Page<Expert>> {
    return this.rpc.send('training.expert.list', queryOf(query) as RpcRequest<'training.expert.list'>);
  }

  @Post('experts')
  @Roles('admin', 'coordinator')
  @HttpCode(201)
  @ApiOperation({ summary: 'List an expert, with the consent they gave' })
  @ApiZodBody(createExpertSchema, 'The expert and their recorded consent')
  @ApiJsonResponse('The listed expert', 201)
  @ApiProblems(400, 409)
  createExpert(@Body() body: unknown): Promise<Expert> {
    return this.rpc.send('training.expert.create', bodyOf(body) as RpcRequest<'training.expert.create'>);
  }

  @Get('experts/:id')
  @Roles('admin', 'coordinator', 'agency', 'viewer')
  @ApiOperation({ summary: 'One expert' })
  @ApiJsonResponse('The expert')
  @ApiProblems(400, 404)
  getExpert(@Param('id') id: string): Promise<Expert> {
    return this.rpc.send('training.expert.get', { id });
  }

  @Delete('experts/:id')
  @Roles('admin', 'coordinator')
  @ApiOperation({ summary: 'Remove an expert on their request (the record is deleted)' })
  @ApiJsonResponse('{ removed: true }')
  @ApiProblems(400, 404)
  removeExpert(@Param('id') id: string): Promise<{ removed: true }> {
    return this.rpc.send('training.expert.remove', { id });
  }
}
