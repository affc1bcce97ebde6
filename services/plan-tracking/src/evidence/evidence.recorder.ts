import { Injectable } from '@nestjs/common';
import {
  DomainError,
  type EloCloudEvent,
  type ErrorCode,
  type Evidence,
  type Indicator,
} from '@elo/contracts';
import { PermanentEventError } from '@elo/events';
import { toIndicator } from '../activities/activity.mapper';
import { ActivityRepository } from '../activities/activity.repository';

const MAX_ATTEMPTS = 5;

/** An event names activity codes the plan does not have: retrying cannot fix it, so it goes to dead letters at once. */
export class UnknownActivityCodesError extends PermanentEventError {
  constructor(
    readonly eventId: string,
    readonly codes: string[],
  ) {
    super(`Event ${eventId} names activities the plan does not have: ${codes.join(', ')}.`, {
      code: 'PLAN.ACTIVITY_NOT_FOUND' satisfies ErrorCode,
    });
  }
}

/**
 * Appends an event's evidence to each activity it names. Each activity is one write guarded by
 * `evidence.sourceEventId: { $ne: event.id }` (and the version), so a redelivered event, or a retry
 * after a crash half-way through the list, adds nothing twice. Unknown codes fail the whole event
 * before anything is written.
 */
@Injectable()
export class EvidenceRecorder {
  constructor(private readonly activities: ActivityRepository) {}

  async record(
    event: EloCloudEvent,
    codes: readonly string[],
    evidence: Evidence,
    moveIndicators?: (indicators: Indicator[]) => Indicator[],
  ): Promise<string[]> {
    const wanted = [...new Set(codes)];
    const existing = await this.activities.existingCodes(wanted);
    const unknown = wanted.filter((code) => !existing.has(code));
    if (unknown.length) throw new UnknownActivityCodesError(event.id, unknown);
    const changed: string[] = [];
    for (const code of wanted) {
      if (await this.recordOne(code, event.id, evidence, moveIndicators)) changed.push(code);
    }
    return changed;
  }

  private async recordOne(
    code: string,
    eventId: string,
    evidence: Evidence,
    moveIndicators?: (indicators: Indicator[]) => Indicator[],
  ): Promise<boolean> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const activity = await this.activities.findByCode(code);
      if (!activity) throw new UnknownActivityCodesError(eventId, [code]);
      if ((activity.evidence ?? []).some((e) => e.sourceEventId === eventId)) return false;
      const indicators = moveIndicators?.((activity.indicators ?? []).map(toIndicator));
      const updated = await this.activities.updateAtVersion(
        code,
        activity.__v,
        { $push: { evidence: evidence }, ...(indicators ? { $set: { indicators } } : {}) },
        [],
        { 'evidence.sourceEventId': { $ne: eventId } },
      );
      if (updated) return true;
    }
    throw new DomainError(
      'COMMON.CONCURRENT_MODIFICATION',
      `Activity ${code} kept changing; the event will be retried.`,
    );
  }
}
