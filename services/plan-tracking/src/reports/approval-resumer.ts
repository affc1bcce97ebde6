import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Types } from 'mongoose';
import { PeriodicJob } from '@elo/runtime';
import { PLAN_CONFIG, type PlanConfig } from '../config';
import { ApprovalApplier } from './approval-applier';
import { ReportRepository, toReport } from './report.repository';

const BATCH = 100;

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

  /** Applies every approved, unapplied report it can; returns how many it applied. */
  resume(): Promise<number> {
    return this.runNow();
  }

  protected intervalMs(): number {
    return this.config.PLAN_APPROVAL_RESUME_MS;
  }

  /** One report that cannot be applied is logged and passed over: it must not hold up those after it. */
  protected async work(): Promise<number> {
    let applied = 0;
    let failed = 0;
    let after: Types.ObjectId | undefined;
    for (;;) {
      const batch = await this.reports.unapplied(BATCH, after);
      for (const row of batch) {
        try {
          await this.applier.apply(toReport(row));
          applied++;
        } catch (error) {
          failed++;
          const reportId = row._id.toHexString();
          this.logger.warn({
            msg: 'could not resume an approval; will retry',
            reportId,
            error: String(error),
          });
        }
      }
      if (batch.length < BATCH) break;
      after = batch[batch.length - 1]?._id;
    }
    if (applied || failed) this.logger.log({ msg: 'resumed approvals', count: applied, failed });
    return applied;
  }
}
