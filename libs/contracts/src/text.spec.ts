import { createInstitutionSchema } from './directory/institution';
import { acronymText, scriptsOf, visibleText } from './text';

describe('visibleText', () => {
  const name = visibleText(2, 10);

  it('trims, then counts what a reader sees', () => {
    expect(name.parse('  MJ  ')).toBe('MJ');
    expect(name.safeParse('MJSP-ABCDEF').success).toBe(false);
  });

  it.each(['  ', '          ', '\u200b\u200b\u200b', '\u200bA\u200b', '\u2060\ufeff', ' \u00a0\u3000 '])(
    'refuses %j: blank or invisible',
    (value) => expect(name.safeParse(value).success).toBe(false),
  );

  it('says "must not be blank" for one-character texts', () => {
    expect(visibleText(1, 5).safeParse('\u200b').error?.issues[0]?.message).toBe('must not be blank');
  });
});

describe('visibleText normalisation', () => {
  it('NFKC-normalises: full-width letters and ligatures become the plain ones', () => {
    expect(visibleText(2, 20).parse('\uff2d\uff2a\uff33\uff30')).toBe('MJSP');
    expect(visibleText(2, 20).parse('O\ufb03ce')).toBe('Office');
  });
});

describe('acronymText', () => {
  const acronym = acronymText(30);

  it('accepts acronyms of one script, after NFKC', () => {
    for (const value of ['CONATRAP', 'NETP-SP', 'MJSP/DF', 'OIM & ONU', 'ΟΗΕ', 'МВД']) {
      expect(acronym.safeParse(value).success).toBe(true);
    }
    expect(acronym.parse('\uff23\uff2f\uff2e\uff21\uff34\uff32\uff21\uff30')).toBe('CONATRAP');
  });

  it('refuses look-alikes mixing scripts, e.g. Cyrillic С, О, А, Р among Latin letters', () => {
    const lookalike = '\u0421\u041eN\u0410T R\u0410\u0420'.replace(' ', '');
    expect(scriptsOf(lookalike)).toEqual(new Set(['Cyrillic', 'Latin']));
    expect(acronym.safeParse(lookalike).error?.issues[0]?.message).toBe(
      'must not mix letters of different scripts',
    );
    expect(acronym.safeParse('CONATR\u0391P').success).toBe(false); // Greek Alpha
  });

  it('refuses zero-width and invisible characters in acronyms and names', () => {
    for (const value of ['\u200b', 'MJ\u200bSP', '\u2060']) {
      expect(acronym.safeParse(value).success).toBe(false);
    }
    const base = { acronym: 'MJSP', kind: 'federal_body' };
    expect(createInstitutionSchema.safeParse({ ...base, name: 'Ministério' }).success).toBe(true);
    expect(
      createInstitutionSchema.safeParse({ ...base, name: '\u200b\u200c\u200d\u2060\ufeff' }).success,
    ).toBe(false);
  });
});
