import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import {
  activityRefSchema,
  listActivitiesQuerySchema,
  listReportsQuerySchema,
  reportRefSchema,
  returnReportInputSchema,
  submitReportInputSchema,
  updateActivityInputSchema,
} from '@elo/contracts';
import { RpcClient } from '@elo/messaging';
import { Roles } from '../auth/access.decorators';
import { ApiETagResponse, ApiIfMatch, IfMatch } from '../common/etag';
import { ApiProblems } from '../common/problem.dto';
import { ZodBody, ZodParams, ZodQuery } from '../openapi/zod-http';
import { ActivityDto, ActivityPageDto } from './activity-view.dto';
import { ReportDto, ReportPageDto } from './report.dto';

type Input<S extends z.ZodType> = z.output<S>;
type ActivityParams = Input<typeof activityRefSchema>;
type ReportParams = Input<typeof reportRefSchema>;
// The activity code is in the path, not the query.
const reportsQuerySchema = listReportsQuerySchema.omit({ code: true });

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
  @ApiOkResponse({ type: ActivityPageDto })
  @ApiProblems(400)
  list(
    @ZodQuery(listActivitiesQuerySchema) query: Input<typeof listActivitiesQuerySchema>,
  ): Promise<ActivityPageDto> {
    return this.rpc.send('plan-tracking.activity.list', { ...query });
  }

  @Get(':code')
  @Roles('admin', 'coordinator', 'agency', 'viewer')
  @ApiOperation({ summary: 'An activity with its indicators and evidence' })
  @ApiETagResponse(ActivityDto)
  @ApiProblems(400, 404)
  get(@ZodParams(activityRefSchema) { code }: ActivityParams): Promise<ActivityDto> {
    return this.rpc.send('plan-tracking.activity.get', { code });
  }

  @Patch(':code')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Change an activity’s status, lead and partners, dates or indicators' })
  @ApiETagResponse(ActivityDto)
  @ApiIfMatch()
  @ApiProblems(400, 404, 409, 412)
  update(
    @ZodParams(activityRefSchema) { code }: ActivityParams,
    @ZodBody('UpdateActivityInput', updateActivityInputSchema) body: Input<typeof updateActivityInputSchema>,
    @IfMatch() expectedVersion: number | undefined,
  ): Promise<ActivityDto> {
    return this.rpc.send('plan-tracking.activity.update', { code, changes: { ...body }, expectedVersion });
  }

  @Get(':code/reports')
  @Roles('admin', 'coordinator', 'agency', 'viewer')
  @ApiOperation({ summary: 'Progress reports of an activity, oldest first (paged)' })
  @ApiOkResponse({ type: ReportPageDto })
  @ApiProblems(400, 404)
  reports(
    @ZodParams(activityRefSchema) { code }: ActivityParams,
    @ZodQuery(reportsQuerySchema) query: Input<typeof reportsQuerySchema>,
  ): Promise<ReportPageDto> {
    return this.rpc.send('plan-tracking.report.list', { code, ...query });
  }

  @Post(':code/reports')
  @Roles('coordinator', 'agency')
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Submit a progress report for a period (an agency of the lead or a partner institution, or a coordinator)',
  })
  @ApiCreatedResponse({ type: ReportDto, description: 'The pending report, with its id' })
  @ApiProblems(400, 404)
  submit(
    @ZodParams(activityRefSchema) { code }: ActivityParams,
    @ZodBody('SubmitReportInput', submitReportInputSchema) body: Input<typeof submitReportInputSchema>,
  ): Promise<ReportDto> {
    return this.rpc.send('plan-tracking.report.submit', { code, report: { ...body } });
  }

  @Get(':code/reports/:id')
  @Roles('admin', 'coordinator', 'agency', 'viewer')
  @ApiOperation({ summary: 'A progress report' })
  @ApiOkResponse({ type: ReportDto })
  @ApiProblems(400, 404)
  report(@ZodParams(reportRefSchema) { code, id }: ReportParams): Promise<ReportDto> {
    return this.rpc.send('plan-tracking.report.get', { code, id });
  }

  @Post(':code/reports/:id/approve')
  @Roles('coordinator')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve a pending report: the activity’s progress and indicator values move' })
  @ApiOkResponse({ type: ReportDto })
  @ApiProblems(400, 404, 409)
  approve(@ZodParams(reportRefSchema) { code, id }: ReportParams): Promise<ReportDto> {
    return this.rpc.send('plan-tracking.report.approve', { code, id });
  }

  @Post(':code/reports/:id/return')
  @Roles('coordinator')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Return a pending report to its submitter with a reason; the activity does not move',
  })
  @ApiOkResponse({ type: ReportDto })
  @ApiProblems(400, 404, 409)
  returnReport(
    @ZodParams(reportRefSchema) { code, id }: ReportParams,
    @ZodBody('ReturnReportInput', returnReportInputSchema) body: Input<typeof returnReportInputSchema>,
  ): Promise<ReportDto> {
    return this.rpc.send('plan-tracking.report.return', { code, id, reason: body.reason });
  }
}
