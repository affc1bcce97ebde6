import {
  DomainError,
  OPEN_ENDED_KINDS,
  type FieldError,
  type PartnershipKind,
  type PartnershipStatus,
} from '@elo/contracts';

export interface AgreementDates {
  kind: PartnershipKind;
  signedAt?: string;
  effectiveFrom?: string;
  effectiveUntil?: string;
  dou?: { date: string };
}

/**
 * Dates that hold at any status: the period runs forwards, nothing ends before it was signed, the
 * extract is published on or after the signature. (An open end is checked on signing: drafts may
 * not know it yet.)
 */
export function dateProblems(a: AgreementDates): FieldError[] {
  const problems: FieldError[] = [];
  if (a.effectiveFrom && a.effectiveUntil && a.effectiveUntil < a.effectiveFrom)
    problems.push({ field: 'effectiveUntil', message: 'must not be before effectiveFrom' });
  if (a.signedAt && a.effectiveUntil && a.effectiveUntil < a.signedAt)
    problems.push({ field: 'effectiveUntil', message: 'must not be before signedAt' });
  if (a.signedAt && a.dou && a.dou.date < a.signedAt)
    problems.push({ field: 'dou.date', message: 'the extract cannot be published before the signature' });
  return problems;
}

export function assertDates(a: AgreementDates): void {
  const problems = dateProblems(a);
  if (problems.length)
    throw new DomainError(
      'PARTNERSHIP.INVALID_DATES',
      problems.map((p) => `${p.field} ${p.message}`).join('; '),
      problems,
    );
}

/** What an agreement must have before it can be signed or enter into force on `today`. */
export function readinessProblems(
  a: AgreementDates & { signatories: number },
  to: PartnershipStatus,
  today: string,
): FieldError[] {
  const problems: FieldError[] = [];
  if (to === 'signed' || to === 'in_force') {
    if (!a.signedAt) problems.push({ field: 'signedAt', message: 'is required to sign' });
    if (!a.effectiveFrom) problems.push({ field: 'effectiveFrom', message: 'is required to sign' });
    if (!a.effectiveUntil && !OPEN_ENDED_KINDS.includes(a.kind))
      problems.push({ field: 'effectiveUntil', message: `is required to sign ${a.kind} agreements` });
    if (a.signatories === 0) problems.push({ field: 'parties', message: 'must include a signatory' });
  }
  if (to === 'in_force') {
    if (a.effectiveFrom && a.effectiveFrom > today)
      problems.push({
        field: 'effectiveFrom',
        message: `is after today (${today}): it enters into force on that day`,
      });
    if (a.effectiveUntil && a.effectiveUntil < today)
      problems.push({ field: 'effectiveUntil', message: `is before today (${today}): it has expired` });
  }
  return problems;
}

/** Whether the calendar alone puts a signed agreement in force or ends it, on `today`. */
export function calendarStatus(
  a: { status: PartnershipStatus; effectiveFrom?: string; effectiveUntil?: string },
  today: string,
): PartnershipStatus | undefined {
  const ended = !!a.effectiveUntil && a.effectiveUntil < today;
  if ((a.status === 'in_force' || a.status === 'suspended' || a.status === 'signed') && ended)
    return 'expired';
  if (a.status === 'signed' && !!a.effectiveFrom && a.effectiveFrom <= today) return 'in_force';
  return undefined;
}
