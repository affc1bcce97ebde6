import type { ConsentChange, DataSharingChanged, InstitutionKind, SharingDecision } from '@elo/contracts';

/** Kinds of institution that are public bodies: they may act under LGPD art. 11 II b (public policy). */
const PUBLIC_BODY_KINDS: ReadonlySet<InstitutionKind> = new Set([
  'federal_body',
  'state_body',
  'municipal_body',
  'justice_system',
]);

export function isPublicBody(kind: InstitutionKind | undefined): boolean {
  return kind !== undefined && PUBLIC_BODY_KINDS.has(kind);
}

/** The latest data-sharing terms of one agreement, as kept from `partnership.data-sharing-changed`. */
export type AgreementTerms = Pick<DataSharingChanged, 'inForce' | 'terms'>;

/**
 * True when some agreement in force has a flow of case identifiers from the sender to the receiver
 * (that direction only) whose period includes `today` (YYYY-MM-DD).
 */
export function agreementCoversIdentifiers(
  agreements: readonly AgreementTerms[],
  senderId: string,
  receiverId: string,
  today: string,
): boolean {
  return agreements.some(
    (a) =>
      a.inForce &&
      (a.terms?.flows ?? []).some(
        (f) =>
          f.fromInstitutionId === senderId &&
          f.toInstitutionId === receiverId &&
          f.categories.includes('case_identifiers') &&
          f.from <= today &&
          today <= f.until,
      ),
  );
}

/** Consent given, or a legal basis of LGPD art. 11 II recorded (withdrawn consent may keep one). */
export function isGrounded(consent: ConsentChange): boolean {
  return consent.status === 'given' || consent.legalBasis !== undefined;
}

export interface SharingInput {
  consent: ConsentChange;
  receiverKind: InstitutionKind | undefined;
  agreementInForce: boolean;
}

/**
 * The receiver sees the identifiers only when consent was given or a legal basis recorded, AND the
 * receiver is a public body (art. 11 II b) or an agreement in force covers case identifiers toward it.
 */
export function decideSharing(input: SharingInput): SharingDecision {
  if (!isGrounded(input.consent)) {
    const reason = input.consent.status === 'withdrawn' ? 'consent_withdrawn' : 'no_consent_or_basis';
    return { identifiers: false, reason };
  }
  if (isPublicBody(input.receiverKind)) return { identifiers: true, reason: 'public_body_11_II_b' };
  if (input.agreementInForce) return { identifiers: true, reason: 'agreement_in_force' };
  return { identifiers: false, reason: 'no_agreement_in_force' };
}
