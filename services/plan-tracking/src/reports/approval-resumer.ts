import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { PLAN_CONFIG, type PlanConfig } from '../config';
import { ApprovalApplier } from './approval-applier';
import { ReportRepository, toReport } from './report.repository';

/** Finishes approvals a crash left between their two writes: at boot, then every PLAN_APPROVAL_RESUME_MS. */
@Injectable()
export class ApprovalResumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ApprovalResumer');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    @Inject(PLAN_CONFIG) private readonly config: PlanConfig,
    private readonly reports: ReportRepository,
    private readonly applier: ApprovalApplier,
  ) {}

  onApplicationBootstrap(): void {
    void this.tick();
    this.timer = setInterval(() => void this.tick(), this.config.PLAN_APPROVAL_RESUME_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Applies every approved, unapplied report; returns how many. One run at a time per process. */
  resume(): Promise<number> {
    this.running ??= this.run().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async run(): Promise<number> {
    const pending = await this.reports.unapplied();
    for (const row of pending) await this.applier.apply(toReport(row));
    if (pending.length) this.logger.log({ msg: 'resumed approvals', count: pending.length });
    return pending.length;
  }

  private async tick(): Promise<void> {
    try {
      await this.resume();
    } catch (error) {
      this.logger.warn({ msg: 'resuming approvals failed; will retry', error: String(error) });
    }
  }
}
