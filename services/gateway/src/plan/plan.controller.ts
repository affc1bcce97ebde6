import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { listActionsQuerySchema, type ListActionsQuery } from '@elo/contracts';
import { RpcClient } from '@elo/messaging';
import { Roles } from '../auth/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import { DashboardDto } from './dashboard.dto';
import { ZodQuery } from '../openapi/zod-http';
import { ActionPageDto, AxesDto } from './plan-structure.dto';

/** The plan's structure and dashboard: public, non-personal data any role may read. */
@ApiTags('plan')
@Controller('v1/plan')
@Roles('admin', 'coordinator', 'agency', 'viewer')
export class PlanController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('axes')
  @ApiOperation({ summary: 'The plan’s five axes (eixos estratégicos)' })
  @ApiOkResponse({ type: AxesDto })
  @ApiProblems()
  axes(): Promise<AxesDto> {
    return this.rpc.send('plan-tracking.axis.list', {});
  }

  @Get('actions')
  @ApiOperation({ summary: 'Priority actions (ações prioritárias), in code order (paged)' })
  @ApiOkResponse({ type: ActionPageDto })
  @ApiProblems(400)
  actions(@ZodQuery(listActionsQuerySchema) query: ListActionsQuery): Promise<ActionPageDto> {
    return this.rpc.send('plan-tracking.action.list', { ...query });
  }

  @Get('dashboard')
  @ApiOperation({
    summary:
      'Per axis and overall: activities by status, mean progress, overdue and late counts, per institution',
  })
  @ApiOkResponse({ type: DashboardDto })
  @ApiProblems()
  dashboard(): Promise<DashboardDto> {
    return this.rpc.send('plan-tracking.dashboard.get', {});
  }
}
