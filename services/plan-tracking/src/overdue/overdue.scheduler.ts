import { Inject, Injectable, Logger } from '@nestjs/common';
import { PeriodicJob } from '@elo/runtime';
import { PLAN_CONFIG, type PlanConfig } from '../config';
import { OverdueChecker } from './overdue.checker';

/** Runs the overdue check at boot and every PLAN_OVERDUE_CHECK_MS (daily by default). */
@Injectable()
export class OverdueScheduler extends PeriodicJob<unknown> {
  protected readonly logger = new Logger('OverdueScheduler');

  constructor(
    @Inject(PLAN_CONFIG) private readonly config: PlanConfig,
    private readonly checker: OverdueChecker,
  ) {
    super();
  }

  protected intervalMs(): number {
    return this.config.PLAN_OVERDUE_CHECK_MS;
  }

  protected work(): Promise<unknown> {
    return this.checker.check();
  }
}
