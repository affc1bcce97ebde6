import { randomBytes } from 'node:crypto';
import type { Model } from 'mongoose';
import { Secret, TOTP } from 'otpauth';
import type { Caller } from '@elo/contracts';
import { codeOf } from '@elo/testing';
import { type PersonRecord } from './person.schema';
import { startPeopleHarness, type PeopleHarness } from '../test-fixtures/people-harness';
import { type SessionRecord } from './session.schema';

const ADMIN: Caller = { clientId: 'elo-admin', institutionId: 'system', roles: ['admin'] };
const COORDINATOR: Caller = { clientId: 'person:c', institutionId: 'x', roles: ['coordinator'] };
const PASSWORD = 'trilha-serena-do-cerrado';
const code = (secret: string, offsetMs = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offsetMs });
const sessionHash = () => randomBytes(32).toString('base64url').slice(0, 43);

describe('directory: people, invitations and sessions over NATS', () => {
  let harness: PeopleHarness;
  let send: PeopleHarness['send'];
  let people: Model<PersonRecord>;
  let sessions: Model<SessionRecord>;
  let institutionId: string;

  beforeAll(async () => {
    harness = await startPeopleHarness('people', { DIRECTORY_TOTP_KEY: randomBytes(32).toString('base64') });
    ({ people, institutionId, sessions, send } = harness);
  }, 60_000);

  afterAll(() => harness?.stop());

  async function invite(email: string, roles: Caller['roles'] = ['coordinator'], caller = ADMIN) {
    const issued = await send(
      'directory.person.invite',
      { name: 'Maria Souza', email, institutionId, roles },
      caller,
    );
    const view = await send('directory.invitation.get', { token: issued.token });
    return { ...issued, secret: view.totp.secret, view };
  }

  async function activePerson(email: string) {
    const invited = await invite(email);
    await send('directory.invitation.accept', {
      token: invited.token,
      password: PASSWORD,
      totpCode: code(invited.secret),
    });
    return invited;
  }

  it('invites: the link shows the person and a TOTP secret, required for roles that see personal data', async () => {
    const invited = await invite('Maria.Souza@MJ.gov.br');
    expect(invited.view).toMatchObject({
      email: 'maria.souza@mj.gov.br',
      roles: ['coordinator'],
      totpRequired: true,
    });
    expect(invited.view.totp.otpauthUri).toContain(`secret=${invited.secret}`);
    const viewer = await invite('leitor@mj.gov.br', ['viewer']);
    expect(viewer.view.totpRequired).toBe(false);
    const raw = await people.collection.findOne({ email: 'maria.souza@mj.gov.br' });
    expect(JSON.stringify(raw)).not.toContain(invited.secret);
    expect(JSON.stringify(raw)).not.toContain(invited.token);
  });

  it('lets only an admin invite an admin, and only admins and coordinators invite at all', async () => {
    const input = {
      name: 'Outra Pessoa',
      email: 'outra@mj.gov.br',
      institutionId,
      roles: ['admin' as const],
    };
    await expect(codeOf(send('directory.person.invite', input, COORDINATOR))).resolves.toBe('AUTH.FORBIDDEN');
    const agency: Caller = { clientId: 'elo_a', institutionId, roles: ['agency'] };
    await expect(
      codeOf(send('directory.person.invite', { ...input, roles: ['viewer'] }, agency)),
    ).resolves.toBe('AUTH.FORBIDDEN');
    await expect(
      codeOf(send('directory.person.invite', { ...input, roles: ['viewer'] }, COORDINATOR)),
    ).resolves.toBe('ok');
    expect(await people.countDocuments({ email: 'outra@mj.gov.br', roles: 'admin' })).toBe(0);
  });

  it('accepts once: weak passwords and missing codes change nothing; the used link is gone', async () => {
    const invited = await invite('ana@mj.gov.br');
    const accept = (password: string, totpCode?: string) =>
      codeOf(
        send('directory.invitation.accept', {
          token: invited.token,
          password,
          ...(totpCode ? { totpCode } : {}),
        }),
      );
    await expect(accept('password2024!')).resolves.toBe('DIRECTORY.WEAK_PASSWORD');
    await expect(accept(PASSWORD)).resolves.toBe('DIRECTORY.INVALID_TOTP');
    await expect(accept(PASSWORD, '000000' === code(invited.secret) ? '111111' : '000000')).resolves.toBe(
      'DIRECTORY.INVALID_TOTP',
    );
    expect(await people.findOne({ email: 'ana@mj.gov.br' }).lean()).toMatchObject({
      status: 'invited',
      passwordHash: null,
    });
    await expect(accept(PASSWORD, code(invited.secret))).resolves.toBe('ok');
    const stored = await people.findOne({ email: 'ana@mj.gov.br' }).lean();
    expect(stored).toMatchObject({ status: 'active', totpEnabled: true, invitationHash: null });
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    await expect(accept(PASSWORD, code(invited.secret))).resolves.toBe('DIRECTORY.INVITATION_NOT_FOUND');
    await expect(codeOf(send('directory.invitation.get', { token: invited.token }))).resolves.toBe(
      'DIRECTORY.INVITATION_NOT_FOUND',
    );
  });

  it('refuses an expired invitation, and a new invitation replaces a pending one', async () => {
    const first = await invite('bruno@mj.gov.br');
    const second = await invite('bruno@mj.gov.br');
    await expect(codeOf(send('directory.invitation.get', { token: first.token }))).resolves.toBe(
      'DIRECTORY.INVITATION_NOT_FOUND',
    );
    await people.updateOne(
      { email: 'bruno@mj.gov.br' },
      { $set: { invitationExpiresAt: new Date(Date.now() - 1000) } },
    );
    await expect(
      codeOf(
        send('directory.invitation.accept', {
          token: second.token,
          password: PASSWORD,
          totpCode: code(second.secret),
        }),
      ),
    ).resolves.toBe('DIRECTORY.INVITATION_NOT_FOUND');
    await activePerson('carla@mj.gov.br');
    await expect(codeOf(invite('carla@mj.gov.br'))).resolves.toBe('DIRECTORY.EMAIL_TAKEN');
  });

  it('signs in with password and a fresh TOTP code, resolves the session and ends every one', async () => {
    const { secret } = await activePerson('davi@mj.gov.br');
    const open = (hash: string, password: string, totpCode?: string) =>
      send('directory.session.open', {
        email: 'davi@mj.gov.br',
        password,
        sessionHash: hash,
        ...(totpCode ? { totpCode } : {}),
      });
    await expect(codeOf(open(sessionHash(), 'wrong-password-entirely'))).resolves.toBe(
      'AUTH.INVALID_CREDENTIALS',
    );
    await expect(codeOf(open(sessionHash(), PASSWORD))).resolves.toBe('AUTH.TOTP_REQUIRED');
    const first = sessionHash();
    const used = code(secret, 30_000);
    const view = await open(first, PASSWORD, used);
    expect(view.person).toMatchObject({ email: 'davi@mj.gov.br', institutionId, roles: ['coordinator'] });
    expect(view.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The same code again (a replay) is refused.
    await expect(codeOf(open(sessionHash(), PASSWORD, used))).resolves.toBe('AUTH.INVALID_CREDENTIALS');
    await expect(send('directory.session.resolve', { sessionHash: first })).resolves.toEqual({
      found: true,
      session: view,
    });
    expect(JSON.stringify(await sessions.findOne({ hash: first }).lean())).not.toContain(PASSWORD);

    const other = sessionHash();
    // Forget the last step used, as the next period would, to sign in a second time within this test.
    await people.updateOne({ email: 'davi@mj.gov.br' }, { $set: { totpLastStep: 0 } });
    await open(other, PASSWORD, code(secret));
    await expect(send('directory.session.close-all', { sessionHash: first })).resolves.toEqual({ closed: 2 });
    await expect(send('directory.session.resolve', { sessionHash: other })).resolves.toEqual({
      found: false,
    });
  });

  it('ends a session past its idle timeout', async () => {
    const { secret } = await activePerson('elisa@mj.gov.br');
    const hash = sessionHash();
    await send('directory.session.open', {
      email: 'elisa@mj.gov.br',
      password: PASSWORD,
      totpCode: code(secret, 30_000), // the acceptance used the current step
      sessionHash: hash,
    });
    await sessions.updateOne({ hash }, { $set: { idleExpiresAt: new Date(Date.now() - 1) } });
    await expect(send('directory.session.resolve', { sessionHash: hash })).resolves.toEqual({ found: false });
  });

  it('locks the account after 5 failures in a row, answering as for an unknown email, even the right password', async () => {
    const { secret } = await activePerson('fabio@mj.gov.br');
    const attempt = (password: string, totpCode?: string, email = 'fabio@mj.gov.br') =>
      send('directory.session.open', {
        email,
        password,
        sessionHash: sessionHash(),
        ...(totpCode ? { totpCode } : {}),
      }).then(
        () => 'ok',
        (error: { code?: string; message?: string }) => `${error.code}: ${error.message}`,
      );
    const unknown = await attempt('wrong-password-x', undefined, 'ninguem@mj.gov.br');
    expect(unknown).toMatch(/^AUTH\.INVALID_CREDENTIALS: /);
    const failures = [];
    for (let i = 0; i < 5; i++) failures.push(await attempt(`wrong-password-${i}-x`));
    // The lock changes nothing in the answer: code and message are those of an unknown email.
    expect(failures).toEqual(Array(5).fill(unknown));
    const stored = await people.findOne({ email: 'fabio@mj.gov.br' }).lean();
    expect(stored?.lockedUntil?.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    await expect(attempt(PASSWORD, code(secret))).resolves.toBe(unknown);
    await expect(attempt(PASSWORD, code(secret), 'ninguem@mj.gov.br')).resolves.toBe(unknown);
    await people.updateOne({ email: 'fabio@mj.gov.br' }, { $set: { lockedUntil: new Date(Date.now() - 1) } });
    await expect(attempt(PASSWORD, code(secret, 30_000))).resolves.toBe('ok');
  });

  it('lists people without secrets, to admins and coordinators only', async () => {
    const page = await send('directory.person.list', { limit: 100 }, COORDINATOR);
    expect(page.items.map((p) => p.email)).toContain('davi@mj.gov.br');
    expect(JSON.stringify(page)).not.toMatch(/argon2|passwordHash|totpSecret|invitationHash/);
    await expect(
      codeOf(send('directory.person.list', { limit: 10 }, { ...COORDINATOR, roles: ['viewer'] })),
    ).resolves.toBe('AUTH.FORBIDDEN');
  });
});
