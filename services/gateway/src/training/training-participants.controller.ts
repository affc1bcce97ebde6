import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  attendanceRequestSchema,
  importParticipantsRequestSchema,
  listEnrolmentsQuerySchema,
  participantSchema,
  type AttendanceResult,
  type Enrolment,
  type ImportResult,
  type Page,
  type RpcRequest,
} from '@elo/contracts';
import { RpcClient } from '@elo/messaging';
import { Roles } from '../auth/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import { ApiJsonResponse, ApiZodBody, ApiZodQuery, bodyOf, queryOf } from './zod-openapi';

const PERSONAL =
  'Participants are personal data: only the organising institution and coordinators see them; anyone else gets 404.';

@ApiTags('training')
@Controller('v1/training/events/:id')
export class TrainingParticipantsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('enrolments')
  @Roles('admin', 'coordinator', 'agency', 'viewer')
  @ApiOperation({
    summary: 'A course’s participants in order of arrival: seats, then the waiting list',
    description: PERSONAL,
  })
  @ApiZodQuery(listEnrolmentsQuerySchema, ['eventId'])
  @ApiJsonResponse('A page of enrolments: { items, nextCursor }')
  @ApiProblems(400, 404)
  list(@Param('id') eventId: string, @Query() query: Record<string, unknown>): Promise<Page<Enrolment>> {
    return this.rpc.send('training.enrolment.list', {
      ...queryOf(query),
      eventId,
    } as RpcRequest<'training.enrolment.list'>);
  }

  @Post('enrolments')
  @Roles('admin', 'coordinator', 'agency')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Enrol someone: a seat if one is free, otherwise the waiting list (never overbooks)',
    description: `${PERSONAL} The same email twice in one course is 409 TRAINING.ALREADY_ENROLLED.`,
  })
  @ApiZodBody(participantSchema, 'The participant')
  @ApiJsonResponse('The enrolment: status enrolled, or waiting with its waitingPosition', 201)
  @ApiProblems(400, 404, 409)
  enrol(@Param('id') eventId: string, @Body() body: unknown): Promise<Enrolment> {
    return this.rpc.send('training.enrolment.create', {
      eventId,
      participant: bodyOf(body),
    } as RpcRequest<'training.enrolment.create'>);
  }

  @Delete('enrolments/:enrolmentId')
  @Roles('admin', 'coordinator', 'agency')
  @ApiOperation({
    summary: 'Cancel an enrolment; the first on the waiting list takes the seat',
    description: PERSONAL,
  })
  @ApiJsonResponse('The cancelled enrolment')
  @ApiProblems(400, 404, 409)
  cancel(@Param('id') eventId: string, @Param('enrolmentId') enrolmentId: string): Promise<Enrolment> {
    return this.rpc.send('training.enrolment.cancel', { eventId, enrolmentId });
  }

  @Post('enrolments/import')
  @Roles('admin', 'coordinator', 'agency')
  @ApiOperation({
    summary: 'Enrol every row of a CSV (UTF-8, BOM optional, comma or semicolon), or none',
    description:
      `${PERSONAL} Columns: name (nome), email (e-mail), audience (público), and optionally cpf, uf, institutionId ` +
      '(instituição). Any bad row rejects the file: 400 TRAINING.IMPORT_INVALID with errors[] giving line, column ' +
      'and message. Emails already enrolled are left unchanged, so the same file imported again changes nothing.',
  })
  @ApiZodBody(importParticipantsRequestSchema.omit({ eventId: true }), 'The CSV text')
  @ApiJsonResponse('{ created, unchanged, enrolled, waiting }')
  @ApiProblems(400, 404, 409)
  import(@Param('id') eventId: string, @Body() body: unknown): Promise<ImportResult> {
    return this.rpc.send('training.enrolment.import', {
      ...bodyOf(body),
      eventId,
    } as RpcRequest<'training.enrolment.import'>);
  }

  @Put('sessions/:sessionId/attendance')
  @Roles('admin', 'coordinator', 'agency')
  @ApiOperation({
    summary: 'Record who attended a session, in bulk (replaces what was recorded for it)',
    description: PERSONAL,
  })
  @ApiZodBody(attendanceRequestSchema.omit({ eventId: true, sessionId: true }), 'Everyone present')
  @ApiJsonResponse('{ sessionId, present }')
  @ApiProblems(400, 404, 409)
  attendance(
    @Param('id') eventId: string,
    @Param('sessionId') sessionId: string,
    @Body() body: unknown,
  ): Promise<AttendanceResult> {
    return this.rpc.send('training.attendance.record', {
      ...bodyOf(body),
      eventId,
      sessionId,
    } as RpcRequest<'training.attendance.record'>);
  }
}
