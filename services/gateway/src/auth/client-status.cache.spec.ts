import { DomainError, SYSTEM_INSTITUTION_ID, type Caller } from '@elo/contracts';
import type { RpcClient } from '@elo/messaging';
import { codeOf } from '@elo/testing';
import type { AuthSettings } from './auth.settings';
import { BootstrapAdmin } from './bootstrap-admin';
import { ClientStatusCache } from './client-status.cache';

const settings = (statusCacheMs: number): AuthSettings => ({
  signingKey: new Uint8Array(32),
  issuer: 'i',
  audience: 'a',
  ttlSeconds: 900,
  statusCacheMs,
  adminClientId: 'root-admin',
  adminClientSecret: 'root-admin-secret-0123456789abcdef',
});
const agency: Caller = {
  clientId: 'elo_agency',
  institutionId: '665f1c2e9b1e8a0012345678',
  roles: ['agency'],
};

function setup(statusCacheMs: number) {
  const active = new Map<string, boolean>([[agency.clientId, true]]);
  const send = jest.fn(async (_pattern: string, { clientId }: { clientId: string }) => ({
    clientId,
    active: active.get(clientId) ?? false,
  }));
  const s = settings(statusCacheMs);
  const cache = new ClientStatusCache(s, { send } as unknown as RpcClient, new BootstrapAdmin(s));
  return { cache, send, active };
}

describe('ClientStatusCache', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2025-01-01T00:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  it('asks the directory once per cache period', async () => {
    const { cache, send } = setup(10_000);
    await cache.assertActive(agency);
    await cache.assertActive(agency);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith('directory.client.status', { clientId: agency.clientId });
  });

  it('asks once for requests that miss the cache together', async () => {
    const { cache, send } = setup(10_000);
    await Promise.all([cache.assertActive(agency), cache.assertActive(agency), cache.assertActive(agency)]);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('stops a revoked client once the cached answer expires, and not later', async () => {
    const { cache, active } = setup(10_000);
    await cache.assertActive(agency);
    active.set(agency.clientId, false);
    jest.setSystemTime(Date.now() + 9_999);
    await expect(codeOf(cache.assertActive(agency))).resolves.toBe('ok');
    jest.setSystemTime(Date.now() + 1);
    await expect(codeOf(cache.assertActive(agency))).resolves.toBe('AUTH.UNAUTHENTICATED');
  });

  it('with a zero period asks on every request', async () => {
    const { cache, send, active } = setup(0);
    await cache.assertActive(agency);
    active.set(agency.clientId, false);
    await expect(codeOf(cache.assertActive(agency))).resolves.toBe('AUTH.UNAUTHENTICATED');
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('refuses unknown clients', async () => {
    const { cache } = setup(10_000);
    await expect(codeOf(cache.assertActive({ ...agency, clientId: 'elo_gone' }))).resolves.toBe(
      'AUTH.UNAUTHENTICATED',
    );
  });

  it('does not ask about the bootstrap admin, and only when both its id and the system institution match', async () => {
    const { cache, send } = setup(10_000);
    await cache.assertActive({
      clientId: 'root-admin',
      institutionId: SYSTEM_INSTITUTION_ID,
      roles: ['admin'],
    });
    expect(send).not.toHaveBeenCalled();
    const lookalike = {
      clientId: 'root-admin',
      institutionId: agency.institutionId,
      roles: ['admin' as const],
    };
    await expect(codeOf(cache.assertActive(lookalike))).resolves.toBe('AUTH.UNAUTHENTICATED');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('fails closed when the directory cannot answer', async () => {
    const { cache, send } = setup(10_000);
    send.mockRejectedValueOnce(new DomainError('COMMON.SERVICE_UNAVAILABLE', 'down'));
    await expect(codeOf(cache.assertActive(agency))).resolves.toBe('COMMON.SERVICE_UNAVAILABLE');
    await expect(codeOf(cache.assertActive(agency))).resolves.toBe('ok');
  });
});

describe('BootstrapAdmin', () => {
  const admin = new BootstrapAdmin(settings(0));

  it('authenticates the configured id and secret only', () => {
    expect(admin.authenticate('root-admin', 'root-admin-secret-0123456789abcdef')).toEqual({
      clientId: 'root-admin',
      institutionId: SYSTEM_INSTITUTION_ID,
      roles: ['admin'],
    });
    expect(admin.authenticate('root-admin', 'root-admin-secret-0123456789abcdeF')).toBeUndefined();
    expect(admin.authenticate('root-admin', '')).toBeUndefined();
    expect(admin.authenticate('other', 'root-admin-secret-0123456789abcdef')).toBeUndefined();
  });
});
