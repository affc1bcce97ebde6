import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  REQUESTABLE_TRANSITIONS,
  createEventSchema,
  listEventsQuerySchema,
  trainingReportQuerySchema,
  type CompletionResult,
  type Page,
  type RpcRequest,
  type TrainingEvent,
  type TrainingReport,
} from '@elo/contracts';
import { RpcClient } from '@elo/messaging';
import { Roles } from '../auth/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import { ApiJsonResponse, ApiZodBody, ApiZodQuery, bodyOf, queryOf } from './zod-openapi';

const transitionBody = z.strictObject({
  to: z.enum(REQUESTABLE_TRANSITIONS).meta({ description: 'open, in_progress or cancelled' }),
});

/** Training courses: public to every role; an agency manages those its institution organises, coordinators all. */
@ApiTags('training')
@Controller('v1/training')
export class TrainingEventsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('events')
  @Roles('admin', 'coordinator', 'agency', 'viewer')
  @ApiOperation({
    summary: 'Training courses by status, modality, UF, audience, activity code and organiser (paged)',
  })
  @ApiZodQuery(listEventsQuerySchema)
  @ApiJsonResponse('A page of courses: { items, nextCursor } (never participants)')
  @ApiProblems(400)
  list(@Query() query: Record<string, unknown>): Promise<Page<TrainingEvent>> {
    return this.rpc.send('training.event.list', queryOf(query) as RpcRequest<'training.event.list'>);
  }

  @Post('events')
  @Roles('admin', 'coordinator', 'agency')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Plan a training course (status planned); an agency only for its own institution',
    description: 'The place is a UF and an IBGE municipality code of that UF, unless the course is online.',
  })
  @ApiZodBody(createEventSchema, 'The course')
  @ApiJsonResponse('The planned course, with its id and session ids', 201)
  @ApiProblems(400, 403)
  create(@Body() body: unknown): Promise<TrainingEvent> {
    return this.rpc.send('training.event.create', bodyOf(body) as RpcRequest<'training.event.create'>);
  }

  @Get('events/:id')
  @Roles('admin', 'coordinator', 'agency', 'viewer')
  @ApiOperation({ summary: 'One training course (counts of seats, never participants)' })
  @ApiJsonResponse('The course')
  @ApiProblems(400, 404)
  get(@Param('id') id: string): Promise<TrainingEvent> {
    return this.rpc.send('training.event.get', { id });
  }

  @Post('events/:id/transitions')
  @Roles('admin', 'coordinator', 'agency')
  @ApiOperation({
    summary: 'Move a course: planned → open → in_progress, or → cancelled (409 otherwise)',
    description: 'Completion has its own operation, which issues the certificates.',
  })
  @ApiZodBody(transitionBody, 'The status to move to')
  @ApiJsonResponse('The course in its new status')
  @ApiProblems(400, 403, 404, 409)
  transition(@Param('id') id: string, @Body() body: unknown): Promise<TrainingEvent> {
    return this.rpc.send('training.event.transition', {
      ...bodyOf(body),
      id,
    } as RpcRequest<'training.event.transition'>);
  }

  @Post('events/:id/completion')
  @Roles('admin', 'coordinator', 'agency')
  @ApiOperation({
    summary: 'Complete a course in progress: certificates for everyone who met the completion rule',
    description: 'Publishes training.completed (participants counted by audience, no personal data).',
  })
  @ApiJsonResponse('{ eventId, completedAt, certificatesIssued, notCertified }')
  @ApiProblems(400, 403, 404, 409)
  complete(@Param('id') id: string): Promise<CompletionResult> {
    return this.rpc.send('training.event.complete', { id });
  }

  @Get('reports')
  @Roles('admin', 'coordinator', 'agency', 'viewer')
  @ApiOperation({
    summary: 'People trained (certificates) by audience, UF, institution, year and activity code',
  })
  @ApiZodQuery(trainingReportQuerySchema)
  @ApiJsonResponse('{ total, byAudience, byUf, byInstitution, byYear, byActivityCode }: counts only')
  @ApiProblems(400)
  report(@Query() query: Record<string, unknown>): Promise<TrainingReport> {
    return this.rpc.send('training.report.get', queryOf(query, false));
  }
}
