import type { ConsentChange as Consent, InstitutionKind, SharingReason } from '@elo/contracts';
import { agreementCoversIdentifiers, decideSharing, type AgreementTerms } from './sharing-rule';

const given: Consent = { status: 'given', at: '2026-12-01T10:00:00.000Z', recordedHow: 'signed_form' };
const refusedWithBasis: Consent = { status: 'refused', legalBasis: 'e' };
const notObtainable: Consent = { status: 'not_obtainable', legalBasis: 'b' };
const withdrawn: Consent = { status: 'withdrawn' };
const withdrawnWithBasis: Consent = { status: 'withdrawn', legalBasis: 'e' };
// Only reachable if a stored document bypassed the schema: the rule must still refuse.
const noBasis = { status: 'refused' } as unknown as Consent;

describe('sharing rule', () => {
  it.each<[string, Consent, InstitutionKind | undefined, boolean, boolean, SharingReason]>([
    ['consent, public receiver, no agreement', given, 'state_body', false, true, 'public_body_11_II_b'],
    ['consent, justice system', given, 'justice_system', false, true, 'public_body_11_II_b'],
    ['consent, NGO, agreement', given, 'civil_society', true, true, 'agreement_in_force'],
    ['consent, NGO, no agreement', given, 'civil_society', false, false, 'no_agreement_in_force'],
    ['legal basis e, NGO, agreement', refusedWithBasis, 'civil_society', true, true, 'agreement_in_force'],
    ['legal basis e, NGO, none', refusedWithBasis, 'civil_society', false, false, 'no_agreement_in_force'],
    ['legal basis b, municipal', notObtainable, 'municipal_body', false, true, 'public_body_11_II_b'],
    [
      'legal basis, int. organization, none',
      notObtainable,
      'international_organization',
      false,
      false,
      'no_agreement_in_force',
    ],
    [
      'legal basis, unknown receiver kind, none',
      notObtainable,
      undefined,
      false,
      false,
      'no_agreement_in_force',
    ],
    ['no basis, public receiver', noBasis, 'federal_body', false, false, 'no_consent_or_basis'],
    ['no basis, agreement in force', noBasis, 'civil_society', true, false, 'no_consent_or_basis'],
    ['withdrawn, public receiver', withdrawn, 'federal_body', false, false, 'consent_withdrawn'],
    ['withdrawn, agreement in force', withdrawn, 'civil_society', true, false, 'consent_withdrawn'],
    ['withdrawn, basis e kept, public', withdrawnWithBasis, 'state_body', false, true, 'public_body_11_II_b'],
    [
      'withdrawn, basis e kept, none',
      withdrawnWithBasis,
      'civil_society',
      false,
      false,
      'no_agreement_in_force',
    ],
  ])('%s', (_name, consent, receiverKind, agreementInForce, identifiers, reason) => {
    expect(decideSharing({ consent, receiverKind, agreementInForce })).toEqual({ identifiers, reason });
  });

  const flow = {
    categories: ['case_identifiers' as const],
    fromInstitutionId: 'a',
    toInstitutionId: 'b',
    legalBasis: { article: 11 as const, item: 'II', letter: 'b' },
    from: '2026-01-01',
    until: '2026-12-31',
  };
  const inForce: AgreementTerms = { inForce: true, terms: { flows: [flow] } };

  it.each<[string, AgreementTerms[], string, string, string, boolean]>([
    ['a flow in force, right direction, in period', [inForce], 'a', 'b', '2026-12-03', true],
    ['the other direction is not covered', [inForce], 'b', 'a', '2026-12-03', false],
    ['after the flow period', [inForce], 'a', 'b', '2027-01-01', false],
    ['agreement not in force', [{ ...inForce, inForce: false }], 'a', 'b', '2026-12-03', false],
    ['terms removed', [{ inForce: true, terms: null }], 'a', 'b', '2026-12-03', false],
    [
      'statistics only',
      [{ inForce: true, terms: { flows: [{ ...flow, categories: ['aggregate_statistics'] }] } }],
      'a',
      'b',
      '2026-12-03',
      false,
    ],
    ['no agreement', [], 'a', 'b', '2026-12-03', false],
  ])('agreement coverage: %s', (_name, agreements, from, to, today, expected) => {
    expect(agreementCoversIdentifiers(agreements, from, to, today)).toBe(expected);
  });
});
