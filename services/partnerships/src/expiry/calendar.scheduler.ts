import { Inject, Injectable, Logger } from '@nestjs/common';
import { PeriodicJob } from '@elo/runtime';
import { PARTNERSHIPS_CONFIG, type PartnershipsConfig } from '../config';
import { CalendarChecker } from './calendar.checker';

/** Runs the calendar at boot and every PARTNERSHIPS_CALENDAR_CHECK_MS (hourly by default). */
@Injectable()
export class CalendarScheduler extends PeriodicJob<unknown> {
  protected readonly logger = new Logger('CalendarScheduler');

  constructor(
    @Inject(PARTNERSHIPS_CONFIG) private readonly config: PartnershipsConfig,
    private readonly checker: CalendarChecker,
  ) {
    super();
  }

  protected intervalMs(): number {
    return this.config.PARTNERSHIPS_CALENDAR_CHECK_MS;
  }

  protected work(): Promise<unknown> {
    return this.checker.check();
  }
}
