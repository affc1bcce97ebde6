import { parseInput } from '../errors/parse-input';
import { isValidNup, nupCheckDigits, nupSchema } from './nup';

const codeOf = (value: unknown): string | undefined => {
  try {
    parseInput(nupSchema, value);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('isValidNup', () => {
  // NUPs printed in public federal documents.
  it.each([
    ['60041.001093/2020-97'], // Portaria GM-MD nº 1.342/2021 (Ministério da Defesa), its own process
    ['01400.015301/2024-73'], // Parecer nº 00168/2024/CONJUR-MINC/CGU/AGU
    ['00190.109765/2023-19'], // Parecer referencial nº 00001/2023/CONJUR-CGU/CGU/AGU
    ['23000.017123/2020-37'], // minuta de ACT MEC / Ministério da Cidadania (Criança Feliz)
  ])('accepts the real %s', (nup) => expect(isValidNup(nup)).toBe(true));

  it.each([
    ['60041.001093/2020-79', 'check digits swapped'],
    ['01400.015301/2024-74', 'second check digit off by one'],
    ['00190.109765/2023-29', 'first check digit off by one'],
    ['00190.109766/2023-19', 'a sequence digit changed'],
    ['23000.017213/2020-37', 'two sequence digits transposed'],
    ['23000.017123/2021-37', 'another year'],
    ['08000.012345/2025-11', 'the placeholder this API once gave as its example'],
  ])('rejects %s (%s)', (nup) => expect(isValidNup(nup)).toBe(false));

  it('keeps only the units of 11 minus the remainder: 11 gives 1 and 10 gives 0', () => {
    // Weights 2, 3, 4, … from the right: 080000000122025 sums 5·2+2·3+2·5+2·6+1·7+8·15 = 165
    // (remainder 0 → 11 → 1); with that 1 appended, 187 (remainder 0 → 1).
    expect(nupCheckDigits('080000000122025')).toBe('11');
    // 080000000142025 sums 177 (remainder 1 → 10 → 0); with that 0 appended, 199 (→ 0).
    expect(nupCheckDigits('080000000142025')).toBe('00');
    expect(isValidNup('08000.000012/2025-11')).toBe(true);
    expect(isValidNup('08000.000014/2025-00')).toBe(true);
  });

  it('accepts a process of the 1990s with the check digits of its two-digit-year number', () => {
    // 08000.012345/98: 0800001234598 sums 227 (→ 4), then 275 (→ 1); as 1998 the digits are 51.
    expect(nupCheckDigits('0800001234598')).toBe('41');
    expect(isValidNup('08000.012345/1998-41')).toBe(true);
    expect(isValidNup('08000.012345/1998-51')).toBe(true);
    expect(isValidNup('08000.012345/1998-42')).toBe(false);
    // From 2000 on only the four-digit year counts.
    expect(isValidNup('08000.012345/2098-41')).toBe(false);
    expect(isValidNup('08000.012345/2098-30')).toBe(true);
  });

  it('rejects anything but the formatted 17 digits', () => {
    for (const value of [
      '60041001093202097',
      '60041.001093/20-97',
      ' 60041.001093/2020-97',
      '６0041.001093/2020-97',
    ])
      expect(isValidNup(value)).toBe(false);
  });
});

describe('nupSchema', () => {
  it('answers PARTNERSHIP.INVALID_NUP for wrong check digits and COMMON.VALIDATION for the wrong shape', () => {
    expect(codeOf('60041.001093/2020-97')).toBeUndefined();
    expect(codeOf('60041.001093/2020-98')).toBe('PARTNERSHIP.INVALID_NUP');
    expect(codeOf('60041.1093/2020-97')).toBe('COMMON.VALIDATION');
    expect(codeOf(60041001093202097)).toBe('COMMON.VALIDATION');
  });

  it('gives a valid example in the API docs', () => {
    const example = (nupSchema.meta() as { example?: string } | undefined)?.example;
    expect(example && isValidNup(example)).toBe(true);
  });
});
