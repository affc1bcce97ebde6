import { parseInput } from '../errors/parse-input';
import { cnpjSchema, isValidCnpj } from './cnpj';

const codeOf = (value: unknown): string | undefined => {
  try {
    parseInput(cnpjSchema, value);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('isValidCnpj', () => {
  it.each([
    ['00394494000136'], // Ministério da Justiça e Segurança Pública
    ['07421906000129'], // Conselho Nacional de Justiça
    ['11222333000181'], // the Receita Federal's worked example
    ['00000000000191'], // a first check digit of 9 and a second of 1
  ])('accepts the numeric %s', (cnpj) => expect(isValidCnpj(cnpj)).toBe(true));

  it.each([
    ['12ABC34501DE35'], // the Receita Federal's alphanumeric example (IN RFB 2.229/2024)
    ['ABCDEFGHIJKL80'],
    ['1345C3A5000106'],
  ])('accepts the alphanumeric %s', (cnpj) => expect(isValidCnpj(cnpj)).toBe(true));

  it.each([
    ['00394494000137', 'second check digit off by one'],
    ['00394494000126', 'first check digit off by one'],
    ['07421906000192', 'check digits swapped'],
    ['00394494100136', 'a body digit changed'],
    ['12ABC34501DE36', 'alphanumeric, second check digit off by one'],
    ['12ABC34501DF35', 'alphanumeric, a body letter changed'],
    ['12ABC34501DE3A', 'a letter where a check digit goes'],
  ])('rejects %s (%s)', (cnpj) => expect(isValidCnpj(cnpj)).toBe(false));

  // 00000000000000 passes the mod-11 arithmetic: only the all-same-digits rule rejects it.
  it.each(['00000000000000', '11111111111111', '99999999999999'])('rejects all-same-digits %s', (cnpj) =>
    expect(isValidCnpj(cnpj)).toBe(false),
  );

  it.each(['', '0039449400013', '003944940001360', '1122233300018100'])('rejects %j (wrong length)', (cnpj) =>
    expect(isValidCnpj(cnpj)).toBe(false),
  );

  it.each([
    '00.394.494/0001-36',
    '12.ABC.345/01DE-35',
    '12abc34501de35',
    ' 0394494000136',
    '0039449400013\n',
    '００３９４４９４０００１３６',
    '12ÁBC34501DE35',
  ])('rejects %j (not only ASCII digits and uppercase letters)', (cnpj) =>
    expect(isValidCnpj(cnpj)).toBe(false),
  );
});

describe('cnpjSchema', () => {
  it('answers a wrong CNPJ with DIRECTORY.INVALID_CNPJ naming the field', () => {
    expect(codeOf('12ABC34501DE35')).toBeUndefined();
    expect(codeOf('00394494000137')).toBe('DIRECTORY.INVALID_CNPJ');
    expect(codeOf('0039449400013')).toBe('DIRECTORY.INVALID_CNPJ');
  });

  it('answers a value that is not a string with COMMON.VALIDATION', () => {
    expect(codeOf(null)).toBe('COMMON.VALIDATION');
  });
});
