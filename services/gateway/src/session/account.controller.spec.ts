import type { RpcClient } from '@elo/messaging';
import { AccountController } from './account.controller';
import { PeopleController } from './people.controller';
import type { SessionRequest } from './session-authenticator';
import type { SessionSettings } from './session.settings';

const HASH = 'h'.repeat(43);
const PERSON_ID = '665f1c2e9b1e8a0012345678';

function rpcRecording() {
  const asked: Array<{ pattern: string; input: unknown }> = [];
  const rpc = {
    send: (pattern: string, input: unknown) => {
      asked.push({ pattern, input });
      return Promise.resolve({});
    },
  } as unknown as RpcClient;
  return { rpc, asked };
}

/** A request the AuthGuard authenticated by cookie (its session set), or by bearer token (none). */
const withSession = { session: { hash: HASH } } as unknown as SessionRequest;
const withBearer = {} as unknown as SessionRequest;
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: { code?: string }) => error.code,
  );

describe('AccountController', () => {
  it('names the account by the session’s hash only, and leaves out a code not given', async () => {
    const { rpc, asked } = rpcRecording();
    const account = new AccountController(rpc);
    await account.changePassword(withSession, {
      currentPassword: 'velha-senha',
      newPassword: 'nova-senha-longa',
    });
    await account.changePassword(withSession, {
      currentPassword: 'velha-senha',
      newPassword: 'nova-senha-longa',
      totpCode: '123456',
    });
    await account.startTotp(withSession, { currentPassword: 'velha-senha' });
    await account.confirmTotp(withSession, { totpCode: '654321' });
    expect(asked).toEqual([
      {
        pattern: 'directory.session.change-password',
        input: { sessionHash: HASH, currentPassword: 'velha-senha', newPassword: 'nova-senha-longa' },
      },
      {
        pattern: 'directory.session.change-password',
        input: {
          sessionHash: HASH,
          currentPassword: 'velha-senha',
          newPassword: 'nova-senha-longa',
          totpCode: '123456',
        },
      },
      {
        pattern: 'directory.session.start-totp',
        input: { sessionHash: HASH, currentPassword: 'velha-senha' },
      },
      { pattern: 'directory.session.confirm-totp', input: { sessionHash: HASH, totpCode: '654321' } },
    ]);
  });

  it('refuses a bearer-token caller (no session, so no account of its own) without asking the directory', async () => {
    const { rpc, asked } = rpcRecording();
    const account = new AccountController(rpc);
    const refusals = await Promise.all([
      codeOf(account.changePassword(withBearer, { currentPassword: 'a', newPassword: 'nova-senha-longa' })),
      codeOf(account.startTotp(withBearer, { currentPassword: 'a' })),
      codeOf(account.confirmTotp(withBearer, { totpCode: '654321' })),
    ]);
    expect(refusals).toEqual(Array(3).fill('AUTH.UNAUTHENTICATED'));
    expect(asked).toEqual([]);
  });
});

describe('PeopleController: disabling and enabling', () => {
  it('sends the person’s id from the path; the directory checks who may (roles, self, coordinators)', async () => {
    const { rpc, asked } = rpcRecording();
    const people = new PeopleController(rpc, {} as SessionSettings);
    await people.disable({ id: PERSON_ID });
    await people.enable({ id: PERSON_ID });
    expect(asked).toEqual([
      { pattern: 'directory.person.disable', input: { id: PERSON_ID } },
      { pattern: 'directory.person.enable', input: { id: PERSON_ID } },
    ]);
  });
});
