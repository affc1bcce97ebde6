import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import {
  activityPageSchema,
  activityRefSchema,
  activitySchema,
  evidencePageSchema,
  listActivitiesQuerySchema,
  listEvidenceQuerySchema,
  listReportsQuerySchema,
  progressReportPageSchema,
  progressReportSchema,
  reportRefSchema,
  returnReportInputSchema,
  submitReportInputSchema,
  updateActivityInputSchema,
  type Activity,
  type ActivitySummary,
  type Evidence,
  type Page,
  type ProgressReport,
} from '@elo/contracts';
import { RpcClient } from '@elo/messaging';
import { Roles } from '../auth/access.decorators';
import { ApiIfMatch, IfMatch } from '../common/etag';
import { ApiProblems } from '../common/problem.dto';
import { ZodBody, ZodParams, ZodQuery } from '../openapi/zod-http';
import { ApiZodCreated, ApiZodETag, ApiZodOk } from '../openapi/zod-openapi';

type Input<S extends z.ZodType> = z.output<S>;
type ActivityParams = Input<typeof activityRefSchema>;
type ReportParams = Input<typeof reportRefSchema>;
// The activity code is in the path, not the query.
const reportsQuerySchema = listReportsQuerySchema.omit({ code: true });
const evidenceQuerySchema = listEvidenceQuerySchema.omit({ code: true });

@ApiTags('plan')
@Controller('v1/plan/activities')
export class PlanActivitiesController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Roles('admin', 'coordinator', 'agency', 'viewer')
  @ApiOperation({
    summary:
      'Activities (atividades), in code order, filtered by axis, action, status, institution or text (paged)',
  })
  @ApiZodOk(activityPageSchema)
  @ApiProblems(400)
  list(
    @ZodQuery(listActivitiesQuerySchema) query: Input<typeof listActivitiesQuerySchema>,
  ): Promise<Page<ActivitySummary>> {
    return this.rpc.send('plan-tracking.activity.list', { ...query });
  }

  @Get(':code')
  @Roles('admin', 'coordinator', 'agency', 'viewer')
  @ApiOperation({ summary: 'An activity with its indicators and evidence' })
  @ApiZodETag(activitySchema)
  @ApiProblems(400, 404)
  get(@ZodParams(activityRefSchema) { code }: ActivityParams): Promise<Activity> {
    return this.rpc.send('plan-tracking.activity.get', { code });
  }

  @Patch(':code')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Change an activity’s status, lead and partners, dates or indicators' })
  @ApiZodETag(activitySchema)
  @ApiIfMatch()
  @ApiProblems(400, 404, 409, 412)
  update(
    @ZodParams(activityRefSchema) { code }: ActivityParams,
    @ZodBody('UpdateActivityInput', updateActivityInputSchema) body: Input<typeof updateActivityInputSchema>,
    @IfMatch() expectedVersion: number | undefined,
  ): Promise<Activity> {
    return this.rpc.send('plan-tracking.activity.update', { code, changes: { ...body }, expectedVersion });
  }

  @Get(':code/evidence')
  @Roles('admin', 'coordinator', 'agency', 'viewer')
  @ApiOperation({ summary: 'All the evidence of an activity, in the order it was recorded (paged)' })
  @ApiZodOk(evidencePageSchema)
  @ApiProblems(400, 404)
  evidence(
    @ZodParams(activityRefSchema) { code }: ActivityParams,
    @ZodQuery(evidenceQuerySchema) query: Input<typeof evidenceQuerySchema>,
  ): Promise<Page<Evidence>> {
    return this.rpc.send('plan-tracking.evidence.list', { code, ...query });
  }

  @Get(':code/reports')
  @Roles('admin', 'coordinator', 'agency', 'viewer')
  @ApiOperation({ summary: 'Progress reports of an activity, oldest first (paged)' })
  @ApiZodOk(progressReportPageSchema)
  @ApiProblems(400, 404)
  reports(
    @ZodParams(activityRefSchema) { code }: ActivityParams,
    @ZodQuery(reportsQuerySchema) query: Input<typeof reportsQuerySchema>,
  ): Promise<Page<ProgressReport>> {
    return this.rpc.send('plan-tracking.report.list', { code, ...query });
  }

  @Post(':code/reports')
  @Roles('coordinator', 'agency')
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Submit a progress report for a period (an agency of the lead or a partner institution, or a coordinator)',
  })
  @ApiZodCreated(progressReportSchema, 'The pending report, with its id')
  @ApiProblems(400, 404)
  submit(
    @ZodParams(activityRefSchema) { code }: ActivityParams,
    @ZodBody('SubmitReportInput', submitReportInputSchema) body: Input<typeof submitReportInputSchema>,
  ): Promise<ProgressReport> {
    return this.rpc.send('plan-tracking.report.submit', { code, report: { ...body } });
  }

  @Get(':code/reports/:id')
  @Roles('admin', 'coordinator', 'agency', 'viewer')
  @ApiOperation({ summary: 'A progress report' })
  @ApiZodOk(progressReportSchema)
  @ApiProblems(400, 404)
  report(@ZodParams(reportRefSchema) { code, id }: ReportParams): Promise<ProgressReport> {
    return this.rpc.send('plan-tracking.report.get', { code, id });
  }

  @Post(':code/reports/:id/approve')
  @Roles('coordinator')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve a pending report: the activity’s progress and indicator values move' })
  @ApiZodOk(progressReportSchema)
  @ApiProblems(400, 404, 409)
  approve(@ZodParams(reportRefSchema) { code, id }: ReportParams): Promise<ProgressReport> {
    return this.rpc.send('plan-tracking.report.approve', { code, id });
  }

  @Post(':code/reports/:id/return')
  @Roles('coordinator')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Return a pending report to its submitter with a reason; the activity does not move',
  })
  @ApiZodOk(progressReportSchema)
  @ApiProblems(400, 404, 409)
  returnReport(
    @ZodParams(reportRefSchema) { code, id }: ReportParams,
    @ZodBody('ReturnReportInput', returnReportInputSchema) body: Input<typeof returnReportInputSchema>,
  ): Promise<ProgressReport> {
    return this.rpc.send('plan-tracking.report.return', { code, id, reason: body.reason });
  }
}
