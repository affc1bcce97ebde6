import { CERTIFICATE_CODE_PATTERN } from '@elo/contracts';
import { newCertificateCode } from './certificate-code';

describe('certificate codes', () => {
  it('are 24 base32 characters (120 bits, at least the 80 the issue asks for)', () => {
    const code = newCertificateCode();
    expect(code).toMatch(CERTIFICATE_CODE_PATTERN);
    expect(code.length * 5).toBeGreaterThanOrEqual(80);
  });

  it('do not repeat', () => {
    const codes = new Set(Array.from({ length: 2000 }, newCertificateCode));
    expect(codes.size).toBe(2000);
  });
});
