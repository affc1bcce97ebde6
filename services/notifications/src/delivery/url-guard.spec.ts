import { guardedLookup, refusedAddress, refusedUrl } from './url-guard';

describe('SSRF guard', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.20.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fd00:ec2::254',
    'fc00::5',
    '::ffff:10.0.0.1',
    '::ffff:127.0.0.1',
  ])('refuses %s in production', (address) => {
    expect(refusedAddress(address, 'production')).not.toBeNull();
  });

  it.each(['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'])('lets public %s through', (address) => {
    expect(refusedAddress(address, 'production')).toBeNull();
  });

  it('allows loopback, and only loopback, in development', () => {
    expect(refusedAddress('127.0.0.1', 'development')).toBeNull();
    expect(refusedAddress('::1', 'development')).toBeNull();
    expect(refusedAddress('10.0.0.1', 'development')).not.toBeNull();
    expect(refusedAddress('169.254.169.254', 'development')).not.toBeNull();
  });

  it('takes https only in production, http too in development', () => {
    expect(refusedUrl('http://hooks.example.org/x', 'production')).toBe('only https is allowed');
    expect(refusedUrl('https://hooks.example.org/x', 'production')).toBeNull();
    expect(refusedUrl('http://127.0.0.1:8080/x', 'development')).toBeNull();
    expect(refusedUrl('https://[::1]/x', 'production')).not.toBeNull();
    expect(refusedUrl('https://user:pw@hooks.example.org/', 'production')).not.toBeNull();
    expect(refusedUrl('ftp://hooks.example.org/', 'development')).not.toBeNull();
  });

  it('refuses a name that resolves to a forbidden address, after resolution', async () => {
    const lookup = guardedLookup('production');
    const error = await new Promise<Error | null>((resolve) => lookup('localhost', {}, (e) => resolve(e)));
    expect(error?.message).toMatch(/not public/);
    const allowed = await new Promise<Error | null>((resolve) =>
      guardedLookup('development')('localhost', {}, (e) => resolve(e)),
    );
    expect(allowed).toBeNull();
  });
});
