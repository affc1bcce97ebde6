import { randomBytes } from 'node:crypto';
import type { Model } from 'mongoose';
import { Secret, TOTP } from 'otpauth';
import type { Caller, Role } from '@elo/contracts';
import { codeOf } from '@elo/testing';
import { type PersonRecord } from './person.schema';
import { startPeopleHarness, type PeopleHarness } from '../test-fixtures/people-harness';

const API_ADMIN: Caller = { clientId: 'elo-admin', institutionId: 'system', roles: ['admin'] };
const PASSWORD = 'trilha-serena-do-cerrado';
const code = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret) }).generate();
const asPerson = (id: string): Caller => ({ clientId: `person:${id}`, institutionId: 'x', roles: ['admin'] });

describe('directory: the platform keeps an active admin; enabling clears a sign-in lock', () => {
  let harness: PeopleHarness;
  let send: PeopleHarness['send'];
  let people: Model<PersonRecord>;
  let institutionId: string;

  beforeAll(async () => {
    harness = await startPeopleHarness('admins');
    ({ people, institutionId, send } = harness);
  }, 60_000);

  afterAll(() => harness?.stop());

  const disable = (id: string, caller: Caller = API_ADMIN) =>
    codeOf(send('directory.person.disable', { id }, caller));
  const enable = (id: string) => codeOf(send('directory.person.enable', { id }, API_ADMIN));
  const activeAdmins = () => people.countDocuments({ status: 'active', roles: 'admin' });

  async function activePerson(email: string, roles: Role[]): Promise<string> {
    const issued = await send(
      'directory.person.invite',
      { name: 'Pessoa', email, institutionId, roles },
      API_ADMIN,
    );
    const { totp } = await send('directory.invitation.get', { token: issued.token });
    await send('directory.invitation.accept', {
      token: issued.token,
      password: PASSWORD,
      ...(roles.includes('viewer') ? {} : { totpCode: code(totp.secret) }),
    });
    return issued.personId;
  }

  it('refuses disabling the last active admin, whoever asks, and allows it once another is active', async () => {
    const first = await activePerson('primeira@mj.gov.br', ['admin']);
    await expect(disable(first)).resolves.toBe('DIRECTORY.LAST_ADMIN');
    await expect(activeAdmins()).resolves.toBe(1);

    const second = await activePerson('segunda@mj.gov.br', ['admin']);
    await expect(disable(first, asPerson(second))).resolves.toBe('ok');
    await expect(disable(second)).resolves.toBe('DIRECTORY.LAST_ADMIN');
    await expect(disable(first)).resolves.toBe('ok'); // already disabled: answered as is
    await expect(enable(first)).resolves.toBe('ok');
    await expect(activeAdmins()).resolves.toBe(2);
    // No check leaves its mark behind: it would keep an admin out of later counts.
    await expect(people.collection.countDocuments({ disablingSince: { $ne: null } })).resolves.toBe(0);
  });

  it('leaves an admin active when the last two disable each other at once', async () => {
    const [a, b] = await Promise.all(
      ['primeira@mj.gov.br', 'segunda@mj.gov.br'].map(async (email) =>
        String((await people.findOne({ email }).lean())?._id),
      ),
    );
    await expect(activeAdmins()).resolves.toBe(2);
    // Several rounds, as the order the two requests interleave in varies from one to the next.
    for (let round = 0; round < 8; round++) {
      const answers = await Promise.all([disable(b, asPerson(a)), disable(a, asPerson(b))]);
      const passed = answers.filter((answer) => answer === 'ok').length;
      expect(passed).toBeLessThanOrEqual(1);
      expect(answers.filter((answer) => answer !== 'ok')).toEqual(
        Array(2 - passed).fill('DIRECTORY.LAST_ADMIN'),
      );
      await expect(activeAdmins()).resolves.toBe(2 - passed);
      await Promise.all([enable(a), enable(b)]);
      await expect(activeAdmins()).resolves.toBe(2);
    }
    await expect(people.collection.countDocuments({ disablingSince: { $ne: null } })).resolves.toBe(0);
  });

  it('clears a running sign-in lock when a disabled person is enabled again', async () => {
    const id = await activePerson('bloqueado@mj.gov.br', ['viewer']);
    const signIn = (password: string) =>
      codeOf(
        send('directory.session.open', {
          email: 'bloqueado@mj.gov.br',
          password,
          sessionHash: randomBytes(32).toString('base64url').slice(0, 43),
        }),
      );
    for (let i = 0; i < 5; i++) await signIn(`wrong-${i}-password`);
    const locked = await people.findOne({ email: 'bloqueado@mj.gov.br' }).lean();
    expect(locked?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    await expect(signIn(PASSWORD)).resolves.toBe('AUTH.INVALID_CREDENTIALS');
    // Failures counted towards the next lock go too (as sign-in counts them after one ends).
    await people.updateOne({ email: 'bloqueado@mj.gov.br' }, { $set: { failedAttempts: 3 } });

    await expect(disable(id)).resolves.toBe('ok');
    await expect(enable(id)).resolves.toBe('ok');
    const enabled = await people.findOne({ email: 'bloqueado@mj.gov.br' }).lean();
    expect([enabled?.failedAttempts, enabled?.lockedUntil]).toEqual([0, null]);
    await expect(signIn(PASSWORD)).resolves.toBe('ok');
  });
});
