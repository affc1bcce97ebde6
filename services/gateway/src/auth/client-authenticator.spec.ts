import { randomBytes } from 'node:crypto';
import type { RpcResponse } from '@elo/contracts';
import { ClientSecretHasher, type RpcClient } from '@elo/messaging';
import { codeOf } from '@elo/testing';
import type { AuthSettings } from './auth.settings';
import { BootstrapAdmin } from './bootstrap-admin';
import { ClientAuthenticator } from './client-authenticator';

type Stored = RpcResponse<'directory.client.credentials'>;

const settings = { adminClientId: 'elo-admin', adminClientSecret: 'a'.repeat(32) } as AuthSettings;
const caller = {
  clientId: 'elo_known',
  institutionId: '665f1c2e9b1e8a0012345678',
  roles: ['viewer' as const],
};
const secret = randomBytes(32).toString('base64url');

/** `stored` is what the directory answers, given this gateway's hasher (to hash with its key). */
function setup(stored: (hasher: ClientSecretHasher) => Stored) {
  const hasher = new ClientSecretHasher(randomBytes(32));
  const answer = stored(hasher);
  const send = jest.fn((_pattern: string, _input: unknown) => Promise.resolve(answer));
  const rpc = { send } as unknown as RpcClient;
  const admin = new BootstrapAdmin(settings);
  const work = { verify: jest.spyOn(hasher, 'verify'), admin: jest.spyOn(admin, 'authenticate'), send };
  return { hasher, work, clients: new ClientAuthenticator(rpc, hasher, admin) };
}

/** The work one attempt did: lookups, HMAC comparisons (against which hash) and admin comparisons. */
function workDone({ hasher, work }: ReturnType<typeof setup>) {
  return {
    lookups: work.send.mock.calls.map(([pattern]) => pattern),
    verified: work.verify.mock.calls.map(([, stored]) => (stored === hasher.dummyHash ? 'dummy' : 'stored')),
    adminChecks: work.admin.mock.calls.length,
  };
}

describe('ClientAuthenticator: the gateway checks secrets against the directory’s keyed hash', () => {
  it('returns the stored caller for the right secret, asking the directory only the client id', async () => {
    const right = setup((h) => ({ known: true, secretHash: h.hash(secret), active: true, caller }));
    await expect(
      right.clients.authenticate({ clientId: caller.clientId, clientSecret: secret }),
    ).resolves.toEqual(caller);
    expect(right.work.send).toHaveBeenCalledWith('directory.client.credentials', {
      clientId: caller.clientId,
    });
    // A hash made with another key does not verify.
    const otherKey = new ClientSecretHasher(randomBytes(32));
    const foreign = setup(() => ({ known: true, secretHash: otherKey.hash(secret), active: true, caller }));
    await expect(
      codeOf(foreign.clients.authenticate({ clientId: caller.clientId, clientSecret: secret })),
    ).resolves.toBe('AUTH.INVALID_CLIENT');
  });

  it('does the same work for an unknown id (against a dummy hash), a wrong secret, a revoked client and the admin', async () => {
    const unknown = setup(() => ({ known: false }));
    const wrong = setup((h) => ({ known: true, secretHash: h.hash(secret), active: true, caller }));
    const revoked = setup((h) => ({ known: true, secretHash: h.hash(secret), active: false, caller }));
    const admin = setup(() => ({ known: false }));

    await expect(
      codeOf(unknown.clients.authenticate({ clientId: 'elo_unknown', clientSecret: secret })),
    ).resolves.toBe('AUTH.INVALID_CLIENT');
    await expect(
      codeOf(wrong.clients.authenticate({ clientId: caller.clientId, clientSecret: `${secret}x` })),
    ).resolves.toBe('AUTH.INVALID_CLIENT');
    await expect(
      codeOf(revoked.clients.authenticate({ clientId: caller.clientId, clientSecret: secret })),
    ).resolves.toBe('AUTH.INVALID_CLIENT');
    await expect(
      admin.clients.authenticate({
        clientId: settings.adminClientId,
        clientSecret: settings.adminClientSecret,
      }),
    ).resolves.toMatchObject({ clientId: settings.adminClientId, roles: ['admin'] });

    const work = (pathOf: ReturnType<typeof setup>) => {
      const { lookups, verified, adminChecks } = workDone(pathOf);
      return { lookups, comparisons: verified.length, adminChecks };
    };
    const expected = { lookups: ['directory.client.credentials'], comparisons: 1, adminChecks: 1 };
    for (const path of [unknown, wrong, revoked, admin]) expect(work(path)).toEqual(expected);
    expect(workDone(unknown).verified).toEqual(['dummy']);
    expect(workDone(wrong).verified).toEqual(['stored']);
  });

  it('refuses malformed credentials as an invalid client without asking the directory', async () => {
    const { clients, work } = setup(() => ({ known: false }));
    await expect(codeOf(clients.authenticate({ clientId: '', clientSecret: secret }))).resolves.toBe(
      'AUTH.INVALID_CLIENT',
    );
    expect(work.send).not.toHaveBeenCalled();
  });
});
