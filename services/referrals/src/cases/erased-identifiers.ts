import { DomainError } from '@elo/contracts';

/** Retention erased them: nothing is left to open, so nothing is read or audited. */
export function refuseErased(caseId: string, erasedAt: Date | undefined): void {
  if (erasedAt)
    throw new DomainError(
      'REFERRAL.IDENTIFIERS_ERASED',
      `Case ${caseId}: identifiers erased on ${erasedAt.toISOString()} at the end of the retention period`,
    );
}
