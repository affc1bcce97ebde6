import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  listActionsQuerySchema,
  planActionPageSchema,
  planAxesSchema,
  planDashboardSchema,
  type ListActionsQuery,
  type Page,
  type PlanAction,
  type PlanAxis,
  type PlanDashboard,
} from '@elo/contracts';
import { RpcClient } from '@elo/messaging';
import { Roles } from '../auth/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import { ZodQuery } from '../openapi/zod-http';
import { ApiZodOk } from '../openapi/zod-openapi';

/** The plan's structure and dashboard: public, non-personal data any role may read. */
@ApiTags('plan')
@Controller('v1/plan')
@Roles('admin', 'coordinator', 'agency', 'viewer')
export class PlanController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('axes')
  @ApiOperation({ summary: 'The plan’s five axes (eixos estratégicos)' })
  @ApiZodOk(planAxesSchema)
  @ApiProblems()
  axes(): Promise<{ items: PlanAxis[] }> {
    return this.rpc.send('plan-tracking.axis.list', {});
  }

  @Get('actions')
  @ApiOperation({ summary: 'Priority actions (ações prioritárias), in code order (paged)' })
  @ApiZodOk(planActionPageSchema)
  @ApiProblems(400)
  actions(@ZodQuery(listActionsQuerySchema) query: ListActionsQuery): Promise<Page<PlanAction>> {
    return this.rpc.send('plan-tracking.action.list', { ...query });
  }

  @Get('dashboard')
  @ApiOperation({
    summary:
      'Per axis and overall: activities by status, mean progress, overdue and late counts, per institution',
  })
  @ApiZodOk(planDashboardSchema)
  @ApiProblems()
  dashboard(): Promise<PlanDashboard> {
    return this.rpc.send('plan-tracking.dashboard.get', {});
  }
}
