import { Injectable, Logger } from '@nestjs/common';
import { utcDay } from '@elo/contracts';
import { Outbox } from '@elo/events';
import { ActivityRepository } from '../activities/activity.repository';

/**
 * Announces each activity whose due date passed without completion, once per due date: the same write
 * sets `overdueNotifiedAt` and queues `activity.overdue`, so a restart or a second replica sends nothing
 * again (moving the due date resets it).
 */
@Injectable()
export class OverdueChecker {
  private readonly logger = new Logger('OverdueChecker');

  constructor(
    private readonly activities: ActivityRepository,
    private readonly outbox: Outbox,
  ) {}

  /** Returns the codes this run announced. */
  async check(now: Date = new Date()): Promise<string[]> {
    const today = utcDay(now);
    const announced: string[] = [];
    for (const activity of await this.activities.overdueCandidates(today)) {
      const event = this.outbox.event('activity.overdue', activity.code, {
        code: activity.code,
        dueDate: activity.dueDate ?? today,
        status: activity.status,
        progress: activity.progress,
        ...(activity.leadInstitutionId ? { leadInstitutionId: activity.leadInstitutionId } : {}),
        partnerInstitutionIds: activity.partnerInstitutionIds ?? [],
      });
      if (await this.activities.markOverdue(activity.code, today, event)) announced.push(activity.code);
    }
    if (announced.length) {
      this.outbox.written();
      this.logger.log({ msg: 'activities overdue', today, codes: announced });
    }
    return announced;
  }
}
