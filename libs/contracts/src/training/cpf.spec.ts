import { isValidCpf, normalizeCpf } from './cpf';

describe('CPF', () => {
  it('accepts CPFs with the right check digits', () => {
    expect(isValidCpf('52998224725')).toBe(true);
    expect(isValidCpf(normalizeCpf('111.444.777-35'))).toBe(true);
  });

  it('refuses a wrong check digit, a wrong length, punctuation and repeated digits', () => {
    expect(isValidCpf('52998224724')).toBe(false);
    expect(isValidCpf('52998224')).toBe(false);
    expect(isValidCpf('529.982.247-25')).toBe(false);
    expect(isValidCpf('11111111111')).toBe(false);
  });
});
