import { Injectable } from '@nestjs/common';
import { pendingAudit, systemActor } from '../audit/audit-outbox';
import { AuditRelay } from '../audit/audit-relay';
import { ReferralRepository } from '../referrals/referral.repository';
import { CaseRepository } from './case.repository';

const DAY_MS = 86_400_000;

/** Erasures per run: a backlog (the first run after deployment) is worked off over several runs. */
export const RETENTION_BATCH = 100;

/** The last change a finished case may have had and still be kept: `days` before `now`. */
export function retentionCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/**
 * Ends the processing of victims' identifiers once a case is finished (LGPD art. 15/16): every referral
 * final (or none sent) and nothing changed on the case or its referrals since `cutoff`. The sealed
 * identifiers and their blind indexes go, so no read opens them and no lookup finds the case; the
 * pseudonymous core stays, so statistics still count it. Each erasure carries its
 * `case.identifiers-erased` entry (by `system:retention`) in its one write.
 *
 * A referral sent on the case between the candidates' read and the write does not stop the erasure:
 * the result is the same as the referral sent just after it (its receiver is told they were erased).
 */
@Injectable()
export class Retention {
  constructor(
    private readonly cases: CaseRepository,
    private readonly referrals: ReferralRepository,
    private readonly relay: AuditRelay,
  ) {}

  async eraseFinished(now: Date, cutoff: Date, limit = RETENTION_BATCH): Promise<number> {
    const inUse = await this.referrals.casesInUseSince(cutoff);
    const actor = systemActor('system:retention');
    let erased = 0;
    for (const id of await this.cases.unchangedSince(cutoff, inUse, limit)) {
      const audit = pendingAudit(actor, { action: 'case.identifiers-erased', caseId: String(id) });
      if (!(await this.cases.eraseIdentifiers(id, cutoff, now, audit))) continue;
      erased++;
      await this.relay.settleAfterWrite('cases', id);
    }
    return erased;
  }
}
