import { isValidCnpj } from './cnpj';

describe('isValidCnpj', () => {
  it.each([
    ['00394494000136'], // Ministério da Justiça e Segurança Pública
    ['07421906000129'], // Conselho Nacional de Justiça
    ['11222333000181'], // the Receita Federal's worked example
    ['00000000000191'], // a first check digit of 9 and a second of 1
  ])('accepts %s', (cnpj) => expect(isValidCnpj(cnpj)).toBe(true));

  it.each([
    ['00394494000137', 'second check digit off by one'],
    ['00394494000126', 'first check digit off by one'],
    ['07421906000192', 'check digits swapped'],
    ['00394494100136', 'a body digit changed'],
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
    '0039449400013a',
    ' 0394494000136',
    '0039449400013\n',
    '００３９４４９４０００１３６',
  ])('rejects %j (not only ASCII digits)', (cnpj) => expect(isValidCnpj(cnpj)).toBe(false));
});
