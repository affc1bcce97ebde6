import { Injectable } from '@nestjs/common';
import { utcDay, type PlanDashboard } from '@elo/contracts';
import { InstitutionCopyRepository } from '@elo/institution-copy';
import { ActivityRepository } from '../activities/activity.repository';
import { ReportRepository } from '../reports/report.repository';
import { StructureRepository } from '../structure/structure.repository';
import { computeDashboard } from './dashboard';

/** The plan is 108 activities: read them all and compute in memory. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly structure: StructureRepository,
    private readonly activities: ActivityRepository,
    private readonly reports: ReportRepository,
    private readonly institutions: InstitutionCopyRepository,
  ) {}

  async get(now: Date = new Date()): Promise<PlanDashboard> {
    const [axes, activities, pending] = await Promise.all([
      this.structure.listAxes(),
      this.activities.all(),
      this.reports.pending(),
    ]);
    const ids = [
      ...activities.flatMap((a) => (a.leadInstitutionId ? [a.leadInstitutionId] : [])),
      ...pending.map((r) => r.submittedBy.institutionId),
    ];
    const labels = await this.institutions.names(ids);
    return computeDashboard(axes, activities, pending, labels, utcDay(now));
  }
}
