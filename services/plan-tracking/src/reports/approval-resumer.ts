import { Inject, Injectable, Logger } from '@nestjs/common';
import { PeriodicJob } from '../common/periodic-job';
import { PLAN_CONFIG, type PlanConfig } from '../config';
import { ApprovalApplier } from './approval-applier';
import { ReportRepository, toReport } from './report.repository';

/** Finishes approvals a crash left between their two writes: at boot, then every PLAN_APPROVAL_RESUME_MS. */
@Injectable()
export class ApprovalResumer extends PeriodicJob<number> {
  protected readonly logger = new Logger('ApprovalResumer');

  constructor(
    @Inject(PLAN_CONFIG) private readonly config: PlanConfig,
    private readonly reports: ReportRepository,
    private readonly applier: ApprovalApplier,
  ) {
    super();
  }

  /** Applies every approved, unapplied report; returns how many. */
  resume(): Promise<number> {
    return this.runNow();
  }

  protected intervalMs(): number {
    return this.config.PLAN_APPROVAL_RESUME_MS;
  }

  protected async work(): Promise<number> {
    const pending = await this.reports.unapplied();
    for (const row of pending) await this.applier.apply(toReport(row));
    if (pending.length) this.logger.log({ msg: 'resumed approvals', count: pending.length });
    return pending.length;
  }
}
