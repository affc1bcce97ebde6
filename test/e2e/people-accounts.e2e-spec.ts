import { Secret, TOTP } from 'otpauth';
import type {
  CreatedInvitation,
  InvitationView,
  Person,
  Role,
  SessionView,
  TotpEnrolment,
} from '@elo/contracts';
import type { TestStack } from '@elo/testing';
import { startPeopleStack, type PeopleStack } from './support/people-stack';

const PASSWORD = 'trilha-serena-do-cerrado';
const NEW_PASSWORD = 'vereda-longa-do-sertao';
const code = (secret: string, offsetMs = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offsetMs });

interface Problem {
  code: string;
}

interface Signed {
  cookie: string;
  csrf: string;
}

describe('a person’s own account, and disabling people, through the gateway', () => {
  let env: PeopleStack;
  let stack: TestStack;
  let token: string;
  let mjsp: string;

  beforeAll(async () => {
    env = await startPeopleStack('accounts');
    ({ stack, token, mjsp } = env);
  }, 300_000);

  afterAll(() => env?.stop());

  const people = () => env.people();

  /** An active person: TOTP on for every role but viewer (accepted with the current code). */
  async function activePerson(email: string, roles: Role[]) {
    const res = await stack.api.request<CreatedInvitation>('POST', '/v1/people/invitations', {
      token,
      body: { name: 'Pessoa', email, institutionId: mjsp, roles },
    });
    const link = /\/convite\/([A-Za-z0-9_-]{43})$/.exec(res.body.invitationUrl)?.[1] ?? '';
    const view = await stack.api.request<InvitationView>('GET', `/v1/session/invitations/${link}`);
    const secret = view.body.totp.secret;
    const totpCode = roles.includes('viewer') && roles.length === 1 ? {} : { totpCode: code(secret) };
    const accepted = await stack.api.request('POST', `/v1/session/invitations/${link}`, {
      body: { password: PASSWORD, ...totpCode },
    });
    expect(accepted.status).toBe(204);
    return { id: res.body.personId, secret };
  }

  const signIn = (email: string, password: string, totpCode?: string) =>
    stack.api.request<SessionView & Problem>('POST', '/v1/session', {
      body: { email, password, ...(totpCode ? { totpCode } : {}) },
    });

  async function signedIn(email: string, password = PASSWORD, totpCode?: string): Promise<Signed> {
    const res = await signIn(email, password, totpCode);
    expect(res.status).toBe(200);
    const cookie = /^(elo_session=[A-Za-z0-9_-]{43});/.exec(res.headers.get('set-cookie') ?? '')?.[1] ?? '';
    return { cookie, csrf: res.body.csrfToken };
  }

  /** A request made with the cookie (and its CSRF token unless told otherwise), as the console makes it. */
  const as = <T = Problem>(who: Signed, method: string, path: string, body?: unknown, csrf = true) =>
    stack.api.request<T>(method, path, {
      headers: { cookie: who.cookie, ...(csrf ? { 'x-csrf-token': who.csrf } : {}) },
      ...(body ? { body } : {}),
    });

  it('changes the password (CSRF, current password, rules) and ends the other sessions', async () => {
    await activePerson('leitor@mj.gov.br', ['viewer']);
    const here = await signedIn('leitor@mj.gov.br');
    const elsewhere = await signedIn('leitor@mj.gov.br');
    const change = { currentPassword: PASSWORD, newPassword: NEW_PASSWORD };
    expect((await as(here, 'POST', '/v1/session/password', change, false)).body.code).toBe('AUTH.CSRF');
    const wrong = await as(here, 'POST', '/v1/session/password', { ...change, currentPassword: 'not-it' });
    expect([wrong.status, wrong.body.code]).toEqual([400, 'DIRECTORY.WRONG_PASSWORD']);
    const weak = await as(here, 'POST', '/v1/session/password', { ...change, newPassword: 'password2024!' });
    expect([weak.status, weak.body.code]).toEqual([400, 'DIRECTORY.WEAK_PASSWORD']);
    const bearer = await stack.api.request<Problem>('POST', '/v1/session/password', { token, body: change });
    expect([bearer.status, bearer.body.code]).toEqual([401, 'AUTH.UNAUTHENTICATED']);

    expect((await as(here, 'POST', '/v1/session/password', change)).status).toBe(204);
    expect((await as(here, 'GET', '/v1/session')).status).toBe(200);
    const ended = await as(elsewhere, 'GET', '/v1/session');
    expect([ended.status, ended.body.code]).toEqual([401, 'AUTH.UNAUTHENTICATED']);
    expect((await signIn('leitor@mj.gov.br', PASSWORD)).body.code).toBe('AUTH.INVALID_CREDENTIALS');
    expect((await signIn('leitor@mj.gov.br', NEW_PASSWORD)).status).toBe(200);
  });

  it('refuses a reused TOTP code when the factor is on', async () => {
    const { secret } = await activePerson('coordenador@mj.gov.br', ['coordinator']);
    const used = code(secret, 30_000); // the acceptance used the current step
    const here = await signedIn('coordenador@mj.gov.br', PASSWORD, used);
    const change = { currentPassword: PASSWORD, newPassword: NEW_PASSWORD };
    const missing = await as(here, 'POST', '/v1/session/password', change);
    expect([missing.status, missing.body.code]).toEqual([400, 'DIRECTORY.INVALID_TOTP']);
    const reused = await as(here, 'POST', '/v1/session/password', { ...change, totpCode: used });
    expect([reused.status, reused.body.code]).toEqual([400, 'DIRECTORY.INVALID_TOTP']);
    expect((await signIn('coordenador@mj.gov.br', NEW_PASSWORD)).body.code).toBe('AUTH.INVALID_CREDENTIALS');
  });

  it('lets a viewer who skipped TOTP turn it on later, and sign-in then asks for a code', async () => {
    await activePerson('leitora@mj.gov.br', ['viewer']);
    const here = await signedIn('leitora@mj.gov.br');
    const started = await as<TotpEnrolment>(here, 'POST', '/v1/session/totp', { currentPassword: PASSWORD });
    expect(started.status).toBe(200);
    const badCode = code(started.body.secret) === '000000' ? '111111' : '000000';
    const wrong = await as(here, 'POST', '/v1/session/totp/confirm', { totpCode: badCode });
    expect([wrong.status, wrong.body.code]).toEqual([400, 'DIRECTORY.INVALID_TOTP']);
    expect(
      (await as(here, 'POST', '/v1/session/totp/confirm', { totpCode: code(started.body.secret) })).status,
    ).toBe(204);
    const again = await as(here, 'POST', '/v1/session/totp', { currentPassword: PASSWORD });
    expect([again.status, again.body.code]).toEqual([409, 'DIRECTORY.TOTP_ALREADY_ENABLED']);
    expect((await signIn('leitora@mj.gov.br', PASSWORD)).body.code).toBe('AUTH.TOTP_REQUIRED');
    expect((await signIn('leitora@mj.gov.br', PASSWORD, code(started.body.secret, 30_000))).status).toBe(200);
  });

  it('disables a person: their open session is refused on the next request, and sign-in too; enabling restores', async () => {
    const agent = await activePerson('agente@mj.gov.br', ['agency']);
    const session = await signedIn('agente@mj.gov.br', PASSWORD, code(agent.secret, 30_000));
    expect((await as(session, 'GET', '/v1/plan/dashboard')).status).toBe(200);

    const coordinator = await activePerson('coordenadora@mj.gov.br', ['coordinator']);
    const byCoordinator = await signedIn(
      'coordenadora@mj.gov.br',
      PASSWORD,
      code(coordinator.secret, 30_000),
    );
    const admin = await activePerson('chefe@mj.gov.br', ['admin']);
    const refused = await as(byCoordinator, 'POST', `/v1/people/${admin.id}/disable`);
    expect([refused.status, refused.body.code]).toEqual([403, 'AUTH.FORBIDDEN']);
    expect((await people().findOne({ email: 'chefe@mj.gov.br' }))?.['status']).toBe('active');

    const disabled = await as<Person>(byCoordinator, 'POST', `/v1/people/${agent.id}/disable`);
    expect([disabled.status, disabled.body.status]).toEqual([200, 'disabled']);
    const next = await as(session, 'GET', '/v1/plan/dashboard');
    expect([next.status, next.body.code]).toEqual([401, 'AUTH.UNAUTHENTICATED']);
    await people().updateOne({ email: 'agente@mj.gov.br' }, { $set: { totpLastStep: 0 } }); // a later period
    const blocked = await signIn('agente@mj.gov.br', PASSWORD, code(agent.secret));
    expect([blocked.status, blocked.body.code]).toEqual([401, 'AUTH.INVALID_CREDENTIALS']);

    const enabled = await stack.api.request<Person>('POST', `/v1/people/${agent.id}/enable`, { token });
    expect([enabled.status, enabled.body.status]).toEqual([200, 'active']);
    expect((await signIn('agente@mj.gov.br', PASSWORD, code(agent.secret))).status).toBe(200);
  });
});
