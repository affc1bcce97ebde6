import { parseInput } from '../errors/parse-input';
import { DomainError } from '../errors/domain-error';
import { caseCoreSchema, consentChangeSchema, consentSchema } from './case';

const core = {
  gender: 'female',
  ageGroup: '18-20',
  citizenship: 'BR',
  identification: { status: 'presumed', decidedBy: 'CREAS' },
  exploitation: ['servitude'],
  recruiterRelation: 'employer',
  identifiedOn: '2026-11-30',
};
const codeOf = (schema: Parameters<typeof parseInput>[0], value: unknown) => {
  try {
    parseInput(schema, value);
    return 'ok';
  } catch (error) {
    return error instanceof DomainError ? error.code : String(error);
  }
};

describe('case contracts', () => {
  it('takes Disque 100 and Ligue 180 protocols as a hotline and a number of digits', () => {
    const parsed = caseCoreSchema.parse({
      ...core,
      protocols: [
        { channel: 'disque_100', number: '20261203004512' },
        { channel: 'ligue_180', number: '20261203004512' },
      ],
    });
    expect(parsed.protocols).toHaveLength(2);
    expect(caseCoreSchema.parse(core).protocols).toEqual([]);
  });

  it.each([
    ['free text', ['DQ-100 call 4512']],
    ['an unknown hotline', [{ channel: 'disque_181', number: '123456' }]],
    ['letters in the number', [{ channel: 'disque_100', number: '2026AB4512' }]],
    ['a number too short', [{ channel: 'ligue_180', number: '12345' }]],
    ['dashes in the number', [{ channel: 'ligue_180', number: '2026-1203-4512' }]],
    ['the same protocol twice', [1, 2].map(() => ({ channel: 'disque_100', number: '123456' }))],
    ['an extra field', [{ channel: 'disque_100', number: '123456', note: 'x' }]],
  ])('refuses protocols with %s', (_name, protocols) => {
    expect(caseCoreSchema.safeParse({ ...core, protocols }).success).toBe(false);
  });

  it.each([
    [{ uf: 'MT', ibgeCode: '5103403' }, true],
    [{ uf: 'DF', ibgeCode: '5300108' }, true],
    [{ country: 'PY' }, true],
    [{ uf: 'XX', ibgeCode: '5103403' }, false],
    [{ uf: 'SP', ibgeCode: '5103403' }, false],
    [{ uf: 'MT', ibgeCode: '510340' }, false],
    [{ country: 'BR' }, false],
  ])('takes the place %j: %s', (exploitationPlace, ok) => {
    expect(caseCoreSchema.safeParse({ ...core, exploitationPlace }).success).toBe(ok);
  });

  it('requires a legal basis when consent is refused or not obtainable, with its own code', () => {
    expect(codeOf(consentSchema, { status: 'refused' })).toBe('REFERRAL.LEGAL_BASIS_REQUIRED');
    expect(codeOf(consentSchema, { status: 'not_obtainable' })).toBe('REFERRAL.LEGAL_BASIS_REQUIRED');
    expect(codeOf(consentSchema, { status: 'refused', legalBasis: 'e' })).toBe('ok');
    expect(codeOf(consentSchema, { status: 'refused', legalBasis: 'z' })).toBe('COMMON.VALIDATION');
  });

  it('opens a case with consent given or a basis, never withdrawn; a later change may withdraw it', () => {
    expect(codeOf(consentSchema, { status: 'withdrawn' })).toBe('COMMON.VALIDATION');
    expect(codeOf(consentChangeSchema, { status: 'withdrawn' })).toBe('ok');
    expect(codeOf(consentChangeSchema, { status: 'withdrawn', legalBasis: 'e' })).toBe('ok');
    expect(codeOf(consentChangeSchema, { status: 'withdrawn', recordedBy: 'me' })).toBe('COMMON.VALIDATION');
    expect(codeOf(consentChangeSchema, { status: 'refused' })).toBe('REFERRAL.LEGAL_BASIS_REQUIRED');
    expect(
      codeOf(consentChangeSchema, {
        status: 'given',
        at: '2026-12-01T10:00:00.000Z',
        recordedHow: 'signed_form',
      }),
    ).toBe('ok');
  });
});
