import { Injectable } from '@nestjs/common';
import { trusted } from 'mongoose';
import {
  LATEST_EVIDENCE,
  type EloCloudEvent,
  type ErrorCode,
  type Evidence,
  type Indicator,
} from '@elo/contracts';
import { PermanentEventError } from '@elo/events';
import { writeAtVersion } from '@elo/persistence';
import { toIndicator } from '../activities/activity.mapper';
import { ActivityRepository } from '../activities/activity.repository';
import { EvidenceRepository } from './evidence.repository';

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
 * Records an event's evidence for each activity it names, in three writes per activity, each safe to
 * repeat: the entry is staged in the evidence collection (keyed by the event, so never twice); the
 * activity counts it, keeps it among its latest and moves its indicators, guarded by
 * `evidenceInFlight: { $ne: key }` and its version; then the entry is marked applied and the key
 * forgotten. A redelivery, or a retry after a crash anywhere in between, adds nothing twice. Unknown
 * codes fail the whole event before anything is written.
 */
@Injectable()
export class EvidenceRecorder {
  constructor(
    private readonly activities: ActivityRepository,
    private readonly evidence: EvidenceRepository,
  ) {}

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
    const key = evidence.id;
    const appliedBefore = (await this.evidence.stage(code, [evidence])).has(key);
    let counted = false;
    if (!appliedBefore) {
      counted =
        (await writeAtVersion({
          what: `Activity ${code}`,
          attempts: MAX_ATTEMPTS,
          conflictHint: 'the event will be retried',
          read: async () => {
            const activity = await this.activities.findByCode(code);
            if (!activity) throw new UnknownActivityCodesError(eventId, [code]);
            return activity;
          },
          version: (activity) => activity.__v,
          write: async (activity) => {
            if ((activity.evidenceInFlight ?? []).includes(key)) return 'counted before';
            const indicators = moveIndicators?.((activity.indicators ?? []).map(toIndicator));
            const updated = await this.activities.changeAtVersion(
              code,
              activity.__v,
              {
                $inc: { evidenceCount: 1 },
                $push: { evidence: { $each: [evidence], $slice: -LATEST_EVIDENCE }, evidenceInFlight: key },
                ...(indicators ? { $set: { indicators } } : {}),
              },
              [],
              { evidenceInFlight: trusted({ $ne: key }) },
            );
            return updated && 'counted';
          },
        })) === 'counted';
      await this.evidence.markApplied(code, [key]);
    }
    await this.activities.settleEvidence(code, key);
    return counted;
  }
}
