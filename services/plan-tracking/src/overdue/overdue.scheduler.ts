import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { PLAN_CONFIG, type PlanConfig } from '../config';
import { OverdueChecker } from './overdue.checker';

/** Runs the overdue check at boot and every PLAN_OVERDUE_CHECK_MS (daily by default). */
@Injectable()
export class OverdueScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OverdueScheduler');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    @Inject(PLAN_CONFIG) private readonly config: PlanConfig,
    private readonly checker: OverdueChecker,
  ) {}

  onApplicationBootstrap(): void {
    this.tick();
    this.timer = setInterval(() => this.tick(), this.config.PLAN_OVERDUE_CHECK_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.checker
      .check()
      .then(() => undefined)
      .catch((error: unknown) =>
        this.logger.warn({ msg: 'overdue check failed; will retry', error: String(error) }),
      )
      .finally(() => {
        this.running = undefined;
      });
  }
}
