import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import {
  ACTIVITY_STATUSES,
  type ActivityStatus,
  type AxisDashboard,
  type DashboardFigures,
  type InstitutionPlanView,
  type PlanDashboard,
} from '@elo/contracts';

class InstitutionPlanViewDto implements InstitutionPlanView {
  @ApiProperty({ description: 'Institution (directory id)' }) institutionId!: string;
  @ApiPropertyOptional({ description: 'Acronym, when known' }) acronym?: string;
  @ApiPropertyOptional({ description: 'Name, when known' }) name?: string;
  @ApiProperty({ description: 'Activities it leads' }) led!: number;
  @ApiProperty({ description: 'Of those, how many are late (overdue or delayed)' }) late!: number;
  @ApiProperty({ description: 'Reports its people submitted that await a decision' }) reportsPending!: number;
}

const BY_STATUS: ApiPropertyOptions = {
  description: 'Activities per status',
  type: 'object',
  properties: Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, { type: 'integer' }])),
};

export class DashboardFiguresDto implements DashboardFigures {
  @ApiProperty({ description: 'Number of activities' }) activities!: number;
  @ApiProperty(BY_STATUS) byStatus!: Record<ActivityStatus, number>;
  @ApiProperty({ description: 'Mean progress of the activities not cancelled (one decimal)' })
  meanProgress!: number;
  @ApiProperty({ description: 'Due date passed, not completed or cancelled' }) overdue!: number;
  @ApiProperty({ description: 'Overdue or with status delayed' }) late!: number;
  @ApiProperty({ description: 'Reports awaiting a decision' }) reportsPending!: number;
  @ApiProperty({ description: 'Per institution', type: [InstitutionPlanViewDto] })
  institutions!: InstitutionPlanViewDto[];
}

export class AxisDashboardDto extends DashboardFiguresDto implements AxisDashboard {
  @ApiProperty({ description: 'Axis number' }) axis!: number;
  @ApiProperty({ description: 'Axis title' }) title!: string;
}

export class DashboardDto implements PlanDashboard {
  @ApiProperty({ description: 'The UTC day "overdue" refers to (YYYY-MM-DD)' }) asOf!: string;
  @ApiProperty({ description: 'Figures per axis', type: [AxisDashboardDto] }) axes!: AxisDashboardDto[];
  @ApiProperty({ description: 'Figures for the whole plan', type: DashboardFiguresDto })
  overall!: DashboardFiguresDto;
}
