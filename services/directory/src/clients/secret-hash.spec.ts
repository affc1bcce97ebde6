import { hashSecret, verifySecret } from './secret-hash';

const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe('secret hashing', () => {
  it('stores scrypt parameters, a per-secret salt and the hash, never the secret', async () => {
    const stored = await hashSecret('s3cret-value-that-is-long-enough', FAST);
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(stored).not.toContain('s3cret');
  });

  it('salts every hash differently', async () => {
    const [a, b] = await Promise.all([hashSecret('same', FAST), hashSecret('same', FAST)]);
    expect(a).not.toBe(b);
    await expect(verifySecret('same', a)).resolves.toBe(true);
    await expect(verifySecret('same', b)).resolves.toBe(true);
  });

  it('verifies the right secret and rejects any other', async () => {
    const stored = await hashSecret('right', FAST);
    await expect(verifySecret('right', stored)).resolves.toBe(true);
    await expect(verifySecret('wrong', stored)).resolves.toBe(false);
    await expect(verifySecret('right ', stored)).resolves.toBe(false);
  });

  it('uses the default parameters (N=2^15) when none are given', async () => {
    const stored = await hashSecret('default');
    expect(stored.startsWith('scrypt$32768$8$1$')).toBe(true);
    await expect(verifySecret('default', stored)).resolves.toBe(true);
  });

  it.each([
    ['another scheme', 'bcrypt$10$abc'],
    ['a huge N', 'scrypt$2147483648$8$1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g'],
    [
      'N not a power of two',
      'scrypt$1000$8$1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g',
    ],
    ['a short hash', 'scrypt$1024$8$1$c2FsdA$aGFzaA'],
    ['extra fields', 'scrypt$1024$8$1$c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g$x'],
  ])('rejects a malformed stored hash (%s)', async (_name, stored) => {
    await expect(verifySecret('anything', stored)).resolves.toBe(false);
  });
});
