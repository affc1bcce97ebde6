import type { Caller, CreateCase, Identifiers } from '@elo/contracts';
import type { Clock } from '../common/clock';

// Shared by the referrals integration tests: institutions, callers, a moving clock and a full case.

export const CREAS = 'aaaaaaaaaaaaaaaaaaaaaaaa';
export const NGO = 'bbbbbbbbbbbbbbbbbbbbbbbb';
export const PF = 'cccccccccccccccccccccccc';
export const OTHER = 'dddddddddddddddddddddddd';
export const agency = (institutionId: string): Caller => ({
  clientId: `c-${institutionId.slice(0, 3)}`,
  institutionId,
  roles: ['agency'],
});
export const COORDINATOR: Caller = {
  clientId: 'coord',
  institutionId: 'eeeeeeeeeeeeeeeeeeeeeeee',
  roles: ['coordinator'],
};

export class TestClock implements Clock {
  constructor(private at: Date) {}
  now(): Date {
    return this.at;
  }
  advanceHours(h: number): void {
    this.at = new Date(this.at.getTime() + h * 3_600_000);
  }
}

export const PLAIN = {
  name: 'Joana Pereira Lima',
  socialName: 'Jo Lima',
  cpf: '529.982.247-25',
  passport: 'FZ123456',
  rnm: 'V1234567',
  phone: '+55 61 99876-5432',
  address: 'Rua das Acácias 123, Brasília',
};
export const newCase = (identifiers: Identifiers = PLAIN): CreateCase => ({
  core: {
    gender: 'female',
    ageGroup: '18-20',
    citizenship: 'BR',
    identification: { status: 'presumed', decidedBy: 'CREAS social worker' },
    exploitation: ['slavery_like_labour'],
    meansOfControl: ['debt_bondage'],
    recruiterRelation: 'employer',
    exploitationPlace: { uf: 'DF', ibgeCode: '5300108' },
    identifiedOn: '2026-11-30',
    protocols: [],
  },
  consent: { status: 'not_obtainable', legalBasis: 'e' },
  identifiers,
});
