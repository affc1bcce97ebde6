import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  type Caller,
  type Case,
  type ConsentChange,
  type RecordedConsent,
} from '@elo/contracts';
import { institutionScope, writeAtVersion } from '@elo/persistence';
import { pendingAudit } from '../audit/audit-outbox';
import { AuditRelay } from '../audit/audit-relay';
import { CLOCK, type Clock } from '../common/clock';
import { CaseRepository } from './case.repository';
import { SharingReview } from './sharing-review';

/** Consent is recorded after it was given: a date ahead of the server's clock is refused. */
export function refuseFutureConsent(consent: ConsentChange, now: Date): void {
  if (consent.status === 'given' && Date.parse(consent.at) > now.getTime()) {
    throw new DomainError('COMMON.VALIDATION', 'Consent cannot be dated in the future', [
      { field: 'consent.at', message: 'must not be in the future' },
    ]);
  }
}

const notFound = (id: string) => new DomainError('REFERRAL.CASE_NOT_FOUND', `Case ${id} not found`);

/**
 * Consent changes of an owned case: recorded anew (given, refused or not obtainable with a basis) or
 * withdrawn. Who and when come from the verified caller and the server's clock. Every referral of the
 * case then has its sharing decision made again (`SharingReview`; the case is marked in the same write,
 * so `SharingReviewJob` finishes what a dying process left), and each changed one says so with
 * `referral.sharing-changed` (ids only); the receivers' identifier reads check the current consent too.
 */
@Injectable()
export class ConsentService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly review: SharingReview,
    private readonly audit: AuditRelay,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async change(id: string, change: ConsentChange, caller: Caller): Promise<Case> {
    const now = this.clock.now();
    const scope = institutionScope(caller.institutionId);
    const recorded: RecordedConsent = {
      ...change,
      recordedAt: now.toISOString(),
      recordedBy: { clientId: caller.clientId, institutionId: caller.institutionId },
    };
    const updated = await writeAtVersion({
      what: `Case ${id}`,
      read: async () => {
        const found = await this.cases.get(scope, id);
        if (!found) throw notFound(id);
        return found;
      },
      version: (current) => current.version,
      // Checked once the case is known to be the caller's: another institution's case is only ever a 404.
      write: (current) => {
        refuseFutureConsent(change, now);
        if (change.status === 'withdrawn' && current.consent.status !== 'given') {
          throw new DomainError(
            'REFERRAL.CONSENT_NOT_GIVEN',
            `Case ${id}: consent is ${current.consent.status}, there is nothing to withdraw`,
          );
        }
        return this.cases.changeConsent(scope, id, current.version, {
          consent: recorded,
          previous: current.consent,
          audit: pendingAudit(caller, { action: 'case.consent-changed', caseId: id }),
        });
      },
    });
    await this.audit.settleAfterWrite('cases', id);
    await this.review.review(
      { caseId: id, institutionId: caller.institutionId, consentRecordedAt: recorded.recordedAt },
      now,
      caller,
    );
    return updated;
  }
}
