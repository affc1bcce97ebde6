import { Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  attendanceBodySchema,
  enrolmentParamsSchema,
  importParticipantsBodySchema,
  listEnrolmentsPageSchema,
  participantSchema,
  sessionParamsSchema,
  trainingIdParamsSchema,
  type AttendanceResult,
  type Enrolment,
  type EnrolmentStatus,
  type ImportResult,
  type Page,
  type Participant,
} from '@elo/contracts';
import { RpcClient } from '@elo/messaging';
import { Roles } from '../auth/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import { ZodBody, ZodParams, ZodQuery } from '../openapi/zod-http';
import { ApiJsonResponse } from './responses';

type IdParams = { id: string };

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
  @ApiJsonResponse('A page of enrolments: { items, nextCursor }')
  @ApiProblems(400, 404)
  list(
    @ZodParams(trainingIdParamsSchema) { id }: IdParams,
    @ZodQuery(listEnrolmentsPageSchema) query: { limit: number; cursor?: string; status?: EnrolmentStatus },
  ): Promise<Page<Enrolment>> {
    return this.rpc.send('training.enrolment.list', { ...query, eventId: id });
  }

  @Post('enrolments')
  @Roles('admin', 'coordinator', 'agency')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Enrol someone: a seat if one is free, otherwise the waiting list (never overbooks)',
    description: `${PERSONAL} The same email twice in one course is 409 TRAINING.ALREADY_ENROLLED.`,
  })
  @ApiJsonResponse('The enrolment: status enrolled, or waiting with its waitingPosition', 201)
  @ApiProblems(400, 404, 409)
  enrol(
    @ZodParams(trainingIdParamsSchema) { id }: IdParams,
    @ZodBody('TrainingParticipant', participantSchema) participant: Participant,
  ): Promise<Enrolment> {
    return this.rpc.send('training.enrolment.create', { eventId: id, participant });
  }

  @Delete('enrolments/:enrolmentId')
  @Roles('admin', 'coordinator', 'agency')
  @ApiOperation({
    summary: 'Cancel an enrolment; the first on the waiting list takes the seat',
    description: PERSONAL,
  })
  @ApiJsonResponse('The cancelled enrolment')
  @ApiProblems(400, 404, 409)
  cancel(
    @ZodParams(enrolmentParamsSchema) { id, enrolmentId }: { id: string; enrolmentId: string },
  ): Promise<Enrolment> {
    return this.rpc.send('training.enrolment.cancel', { eventId: id, enrolmentId });
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
  @ApiJsonResponse('{ created, unchanged, enrolled, waiting }')
  @ApiProblems(400, 404, 409)
  import(
    @ZodParams(trainingIdParamsSchema) { id }: IdParams,
    @ZodBody('ParticipantsImport', importParticipantsBodySchema) { csv }: { csv: string },
  ): Promise<ImportResult> {
    return this.rpc.send('training.enrolment.import', { eventId: id, csv });
  }

  @Put('sessions/:sessionId/attendance')
  @Roles('admin', 'coordinator', 'agency')
  @ApiOperation({
    summary: 'Record who attended a session, in bulk (replaces what was recorded for it)',
    description: PERSONAL,
  })
  @ApiJsonResponse('{ sessionId, present }')
  @ApiProblems(400, 404, 409)
  attendance(
    @ZodParams(sessionParamsSchema) { id, sessionId }: { id: string; sessionId: string },
    @ZodBody('SessionAttendance', attendanceBodySchema)
    { presentEnrolmentIds }: { presentEnrolmentIds: string[] },
  ): Promise<AttendanceResult> {
    return this.rpc.send('training.attendance.record', { eventId: id, sessionId, presentEnrolmentIds });
  }
}
