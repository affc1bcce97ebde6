import { randomBytes } from 'node:crypto';
import type { Model } from 'mongoose';
import { Secret, TOTP } from 'otpauth';
import type { Caller, Role } from '@elo/contracts';
import { codeOf } from '@elo/testing';
import { type PersonRecord } from './person.schema';
import { startPeopleHarness, type PeopleHarness } from '../test-fixtures/people-harness';

const ADMIN: Caller = { clientId: 'elo-admin', institutionId: 'system', roles: ['admin'] };
const COORDINATOR: Caller = { clientId: 'person:c', institutionId: 'x', roles: ['coordinator'] };
const PASSWORD = 'trilha-serena-do-cerrado';
const NEW_PASSWORD = 'vereda-longa-do-sertao';
const code = (secret: string, offsetMs = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offsetMs });
const sessionHash = () => randomBytes(32).toString('base64url').slice(0, 43);

describe('directory: a person changes their own account; admins and coordinators disable people', () => {
  let harness: PeopleHarness;
  let send: PeopleHarness['send'];
  let people: Model<PersonRecord>;
  let institutionId: string;

  beforeAll(async () => {
    harness = await startPeopleHarness('accounts');
    ({ people, institutionId, send } = harness);
  }, 60_000);

  afterAll(() => harness?.stop());

  /** An active person; with TOTP when a code is given at acceptance (always for roles that need it). */
  async function activePerson(email: string, roles: Role[] = ['viewer'], caller = ADMIN) {
    const issued = await send(
      'directory.person.invite',
      { name: 'Pessoa', email, institutionId, roles },
      caller,
    );
    const { totp } = await send('directory.invitation.get', { token: issued.token });
    const withTotp = roles.some((role) => role !== 'viewer');
    await send('directory.invitation.accept', {
      token: issued.token,
      password: PASSWORD,
      ...(withTotp ? { totpCode: code(totp.secret) } : {}),
    });
    return { id: issued.personId, secret: totp.secret };
  }

  async function signIn(email: string, password = PASSWORD, totpCode?: string): Promise<string> {
    const hash = sessionHash();
    await send('directory.session.open', {
      email,
      password,
      sessionHash: hash,
      ...(totpCode ? { totpCode } : {}),
    });
    return hash;
  }
  const signInCode = (email: string, password: string, totpCode?: string) =>
    codeOf(signIn(email, password, totpCode));
  const found = async (hash: string) =>
    (await send('directory.session.resolve', { sessionHash: hash })).found;
  const change = (hash: string, currentPassword: string, newPassword: string, totpCode?: string) =>
    codeOf(
      send('directory.session.change-password', {
        sessionHash: hash,
        currentPassword,
        newPassword,
        ...(totpCode ? { totpCode } : {}),
      }),
    );

  it('changes the password with the current one, ending the other sessions only', async () => {
    await activePerson('leitor@mj.gov.br');
    const here = await signIn('leitor@mj.gov.br');
    const elsewhere = await signIn('leitor@mj.gov.br');
    await expect(change(here, 'not-the-password', NEW_PASSWORD)).resolves.toBe('DIRECTORY.WRONG_PASSWORD');
    await expect(change(here, PASSWORD, 'password2024!')).resolves.toBe('DIRECTORY.WEAK_PASSWORD');
    await expect(change(sessionHash(), PASSWORD, NEW_PASSWORD)).resolves.toBe('AUTH.UNAUTHENTICATED');
    expect([await found(here), await found(elsewhere)]).toEqual([true, true]);

    await expect(
      send('directory.session.change-password', {
        sessionHash: here,
        currentPassword: PASSWORD,
        newPassword: NEW_PASSWORD,
      }),
    ).resolves.toEqual({ closed: 1 });
    expect([await found(here), await found(elsewhere)]).toEqual([true, false]);
    await expect(signInCode('leitor@mj.gov.br', PASSWORD)).resolves.toBe('AUTH.INVALID_CREDENTIALS');
    await expect(signInCode('leitor@mj.gov.br', NEW_PASSWORD)).resolves.toBe('ok');
  });

  it('needs a fresh TOTP code to change the password when the factor is on: missing and reused ones are refused', async () => {
    const { secret } = await activePerson('coordenador@mj.gov.br', ['coordinator']);
    const used = code(secret, 30_000); // acceptance used the current step
    const here = await signIn('coordenador@mj.gov.br', PASSWORD, used);
    await expect(change(here, PASSWORD, NEW_PASSWORD)).resolves.toBe('DIRECTORY.INVALID_TOTP');
    await expect(change(here, PASSWORD, NEW_PASSWORD, used)).resolves.toBe('DIRECTORY.INVALID_TOTP');
    await expect(change(here, PASSWORD, NEW_PASSWORD, code(secret))).resolves.toBe('DIRECTORY.INVALID_TOTP');
    const stored = await people.findOne({ email: 'coordenador@mj.gov.br' }).lean();
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    // Forget the last step used, as a later period would, so a current code is fresh again.
    await people.updateOne({ email: 'coordenador@mj.gov.br' }, { $set: { totpLastStep: 0 } });
    await expect(change(here, PASSWORD, NEW_PASSWORD, code(secret))).resolves.toBe('ok');
    const after = await people.findOne({ email: 'coordenador@mj.gov.br' }).lean();
    expect(after?.passwordHash).not.toBe(stored?.passwordHash);
    expect(after?.failedAttempts).toBe(0);
  });

  it('counts wrong current passwords towards the lock, and explains the lock to the signed-in person only', async () => {
    await activePerson('tentativas@mj.gov.br');
    const here = await signIn('tentativas@mj.gov.br');
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await change(here, `wrong-${i}-password`, NEW_PASSWORD));
    expect(answers).toEqual([...Array(4).fill('DIRECTORY.WRONG_PASSWORD'), 'AUTH.ACCOUNT_LOCKED']);
    await expect(change(here, PASSWORD, NEW_PASSWORD)).resolves.toBe('AUTH.ACCOUNT_LOCKED');
    await expect(signInCode('tentativas@mj.gov.br', PASSWORD)).resolves.toBe('AUTH.INVALID_CREDENTIALS');
  });

  it('lets a viewer turn TOTP on with a new secret, confirmed by a code used once', async () => {
    const invited = await activePerson('leitora@mj.gov.br');
    const here = await signIn('leitora@mj.gov.br');
    const confirm = (totpCode: string) =>
      codeOf(send('directory.session.confirm-totp', { sessionHash: here, totpCode }));
    const start = (currentPassword: string) =>
      send('directory.session.start-totp', { sessionHash: here, currentPassword });
    await expect(confirm(code(invited.secret))).resolves.toBe('DIRECTORY.INVALID_TOTP'); // nothing started
    await expect(codeOf(start('not-the-password'))).resolves.toBe('DIRECTORY.WRONG_PASSWORD');
    const enrolment = await start(PASSWORD);
    expect(enrolment.secret).not.toBe(invited.secret);
    expect(enrolment.otpauthUri).toContain(`secret=${enrolment.secret}`);
    expect(JSON.stringify(await people.findOne({ email: 'leitora@mj.gov.br' }).lean())).not.toContain(
      enrolment.secret,
    );
    await expect(confirm(code(invited.secret))).resolves.toBe('DIRECTORY.INVALID_TOTP'); // the old secret
    const confirming = code(enrolment.secret);
    await expect(confirm(confirming)).resolves.toBe('ok');
    await expect(confirm(code(enrolment.secret, 30_000))).resolves.toBe('DIRECTORY.TOTP_ALREADY_ENABLED');
    await expect(codeOf(start(PASSWORD))).resolves.toBe('DIRECTORY.TOTP_ALREADY_ENABLED');

    await expect(signInCode('leitora@mj.gov.br', PASSWORD)).resolves.toBe('AUTH.TOTP_REQUIRED');
    await expect(signInCode('leitora@mj.gov.br', PASSWORD, confirming)).resolves.toBe(
      'AUTH.INVALID_CREDENTIALS',
    );
    await expect(signInCode('leitora@mj.gov.br', PASSWORD, code(enrolment.secret, 30_000))).resolves.toBe(
      'ok',
    );
  });

  it('disables a person at once (sessions end, sign-in refused) and enables them again', async () => {
    const person = await activePerson('agente@mj.gov.br', ['agency']);
    const session = await signIn('agente@mj.gov.br', PASSWORD, code(person.secret, 30_000));
    const disabled = await send('directory.person.disable', { id: person.id }, COORDINATOR);
    expect(disabled).toMatchObject({ id: person.id, status: 'disabled' });
    await expect(found(session)).resolves.toBe(false);
    await expect(codeOf(send('directory.person.disable', { id: person.id }, COORDINATOR))).resolves.toBe(
      'ok',
    );
    await people.updateOne({ email: 'agente@mj.gov.br' }, { $set: { totpLastStep: 0 } });
    await expect(signInCode('agente@mj.gov.br', PASSWORD, code(person.secret))).resolves.toBe(
      'AUTH.INVALID_CREDENTIALS',
    );

    await expect(send('directory.person.enable', { id: person.id }, ADMIN)).resolves.toMatchObject({
      status: 'active',
    });
    await expect(signInCode('agente@mj.gov.br', PASSWORD, code(person.secret))).resolves.toBe('ok');
  });

  it('refuses coordinators on admins and coordinators, anyone on themselves, and invitations', async () => {
    const admin = await activePerson('chefe@mj.gov.br', ['admin']);
    const peer = await activePerson('par@mj.gov.br', ['coordinator', 'viewer']);
    const forbidden = async (id: string, caller: Caller) => [
      await codeOf(send('directory.person.disable', { id }, caller)),
      await codeOf(send('directory.person.enable', { id }, caller)),
    ];
    await expect(forbidden(admin.id, COORDINATOR)).resolves.toEqual(['AUTH.FORBIDDEN', 'AUTH.FORBIDDEN']);
    await expect(forbidden(peer.id, COORDINATOR)).resolves.toEqual(['AUTH.FORBIDDEN', 'AUTH.FORBIDDEN']);
    const self: Caller = { clientId: `person:${admin.id}`, institutionId, roles: ['admin'] };
    await expect(forbidden(admin.id, self)).resolves.toEqual(['AUTH.FORBIDDEN', 'AUTH.FORBIDDEN']);
    expect(
      await people.collection.countDocuments({
        status: 'active',
        email: { $in: ['chefe@mj.gov.br', 'par@mj.gov.br'] },
      }),
    ).toBe(2);

    const invited = await send(
      'directory.person.invite',
      { name: 'Convidada', email: 'convidada@mj.gov.br', institutionId, roles: ['viewer'] },
      ADMIN,
    );
    await expect(codeOf(send('directory.person.disable', { id: invited.personId }, ADMIN))).resolves.toBe(
      'DIRECTORY.PERSON_NOT_ACTIVE',
    );
    await expect(
      codeOf(send('directory.person.disable', { id: '0123456789abcdef01234567' }, ADMIN)),
    ).resolves.toBe('DIRECTORY.PERSON_NOT_FOUND');
    const viewer: Caller = { ...COORDINATOR, roles: ['viewer'] };
    await expect(codeOf(send('directory.person.disable', { id: peer.id }, viewer))).resolves.toBe(
      'AUTH.FORBIDDEN',
    );
    await expect(forbidden(peer.id, ADMIN)).resolves.toEqual(['ok', 'ok']);
  });
});
