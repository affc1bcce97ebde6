import { day } from './partnership-fixture';

/**
 * A case body for `POST /v1/referrals/cases`: a Bolivian man found in slavery-like labour in Mato
 * Grosso yesterday, consent given now; the identifiers are the caller's (fictitious) ones.
 */
export function referralCase(identifiers: Record<string, string>, core: Record<string, unknown> = {}) {
  return {
    core: {
      gender: 'male',
      ageGroup: '30-38',
      citizenship: 'BO',
      identification: { status: 'identified', decidedBy: 'PRF patrol team' },
      exploitation: ['slavery_like_labour'],
      recruiterRelation: 'employer',
      exploitationPlace: { uf: 'MT', ibgeCode: '5103403' },
      identifiedOn: day(-1),
      ...core,
    },
    consent: { status: 'given', at: new Date().toISOString(), recordedHow: 'signed_form' },
    identifiers,
  };
}
