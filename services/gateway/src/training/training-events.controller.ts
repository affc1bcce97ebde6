import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  createEventSchema,
  listEventsQuerySchema,
  trainingIdParamsSchema,
  trainingReportQuerySchema,
  transitionBodySchema,
  updateEventSchema,
  type CompletionResult,
  type CreateEventInput,
  type ListEventsQuery,
  type Page,
  type TrainingEvent,
  type TrainingReport,
  type TrainingReportQuery,
  type UpdateEventInput,
} from '@elo/contracts';
import { RpcClient } from '@elo/messaging';
import { Roles } from '../auth/access.decorators';
import { ApiIfMatch, IfMatch } from '../common/etag';
import { ApiProblems } from '../common/problem.dto';
import { ZodBody, ZodParams, ZodQuery } from '../openapi/zod-http';
import { ApiJsonETagResponse, ApiJsonResponse } from './responses';

type IdParams = { id: string };

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
  @ApiJsonResponse('A page of courses: { items, nextCursor } (never participants)')
  @ApiProblems(400)
  list(@ZodQuery(listEventsQuerySchema) query: ListEventsQuery): Promise<Page<TrainingEvent>> {
    return this.rpc.send('training.event.list', query);
  }

  @Post('events')
  @Roles('admin', 'coordinator', 'agency')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Plan a training course (status planned); an agency only for its own institution',
    description: 'The place is a UF and an IBGE municipality code of that UF, unless the course is online.',
  })
  @ApiJsonResponse('The planned course, with its id and session ids', 201)
  @ApiProblems(400, 403)
  create(@ZodBody('CreateTrainingEvent', createEventSchema) body: CreateEventInput): Promise<TrainingEvent> {
    return this.rpc.send('training.event.create', body);
  }

  @Get('events/:id')
  @Roles('admin', 'coordinator', 'agency', 'viewer')
  @ApiOperation({ summary: 'One training course (counts of seats, never participants)' })
  @ApiJsonETagResponse('The course, with its version in ETag')
  @ApiProblems(400, 404)
  get(@ZodParams(trainingIdParamsSchema) { id }: IdParams): Promise<TrainingEvent> {
    return this.rpc.send('training.event.get', { id });
  }

  @Patch('events/:id')
  @Roles('admin', 'coordinator', 'agency')
  @ApiOperation({
    summary: 'Change a course not yet completed or cancelled (only the fields sent; null clears)',
    description:
      'Modality, place, time zone and sessions do not change: cancel and plan another course. The capacity ' +
      'never goes below the seats taken (409); more seats take people off the waiting list, in order.',
  })
  @ApiJsonETagResponse('The course as changed, with its new version in ETag')
  @ApiIfMatch()
  @ApiProblems(400, 403, 404, 409, 412)
  update(
    @ZodParams(trainingIdParamsSchema) { id }: IdParams,
    @ZodBody('UpdateTrainingEvent', updateEventSchema) changes: UpdateEventInput,
    @IfMatch() expectedVersion: number | undefined,
  ): Promise<TrainingEvent> {
    return this.rpc.send('training.event.update', { id, changes, expectedVersion });
  }

  @Post('events/:id/transitions')
  @Roles('admin', 'coordinator', 'agency')
  @ApiOperation({
    summary: 'Move a course: planned → open → in_progress, or → cancelled (409 otherwise)',
    description: 'Completion has its own operation, which issues the certificates.',
  })
  @ApiJsonResponse('The course in its new status')
  @ApiProblems(400, 403, 404, 409)
  transition(
    @ZodParams(trainingIdParamsSchema) { id }: IdParams,
    @ZodBody('TrainingTransition', transitionBodySchema) { to }: { to: 'open' | 'in_progress' | 'cancelled' },
  ): Promise<TrainingEvent> {
    return this.rpc.send('training.event.transition', { id, to });
  }

  @Post('events/:id/completion')
  @Roles('admin', 'coordinator', 'agency')
  @ApiOperation({
    summary: 'Complete a course in progress: certificates for everyone who met the completion rule',
    description: 'Publishes training.completed (participants counted by audience, no personal data).',
  })
  @ApiJsonResponse('{ eventId, completedAt, certificatesIssued, notCertified }')
  @ApiProblems(400, 403, 404, 409)
  complete(@ZodParams(trainingIdParamsSchema) { id }: IdParams): Promise<CompletionResult> {
    return this.rpc.send('training.event.complete', { id });
  }

  @Get('reports')
  @Roles('admin', 'coordinator', 'agency', 'viewer')
  @ApiOperation({
    summary: 'People trained (certificates) by audience, UF, institution, year and activity code',
  })
  @ApiJsonResponse('{ total, byAudience, byUf, byInstitution, byYear, byActivityCode }: counts only')
  @ApiProblems(400)
  report(@ZodQuery(trainingReportQuerySchema) query: TrainingReportQuery): Promise<TrainingReport> {
    return this.rpc.send('training.report.get', query);
  }
}
