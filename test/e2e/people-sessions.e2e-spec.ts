import { Secret, TOTP } from 'otpauth';
import type { CreatedInvitation, InvitationView, Role, SessionView } from '@elo/contracts';
import { inviteFirstAdmin } from '@elo/stack';
import type { TestStack } from '@elo/testing';
import { startPeopleStack, type PeopleStack } from './support/people-stack';

const PASSWORD = 'trilha-serena-do-cerrado';
const code = (secret: string, offsetMs = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offsetMs });

interface Problem {
  code: string;
}

/** The `elo_session=…` pair of a Set-Cookie header, to send back as a browser would. */
function cookieOf(setCookie: string | null): string {
  const pair = /^(elo_session=[A-Za-z0-9_-]{43});/.exec(setCookie ?? '')?.[1];
  if (!pair) throw new Error(`no session cookie in ${setCookie}`);
  return pair;
}

describe('people and browser sessions through the gateway', () => {
  let env: PeopleStack;
  let stack: TestStack;
  let token: string;
  let mjsp: string;

  beforeAll(async () => {
    env = await startPeopleStack('people');
    ({ stack, token, mjsp } = env);
  }, 300_000);

  afterAll(() => env?.stop());

  const people = () => env.people();

  async function invite(email: string, roles: Role[] = ['coordinator']) {
    const res = await stack.api.request<CreatedInvitation>('POST', '/v1/people/invitations', {
      token,
      body: { name: 'Maria Souza', email, institutionId: mjsp, roles },
    });
    expect(res.status).toBe(201);
    const invitationToken =
      /\/console\/#\/convite\/([A-Za-z0-9_-]{43})$/.exec(res.body.invitationUrl)?.[1] ?? '';
    const view = await stack.api.request<InvitationView>('GET', `/v1/session/invitations/${invitationToken}`);
    expect(view.status).toBe(200);
    return { token: invitationToken, secret: view.body.totp.secret, view: view.body };
  }

  const accept = (invitationToken: string, body: Record<string, string>) =>
    stack.api.request<Problem>('POST', `/v1/session/invitations/${invitationToken}`, { body });

  const signIn = (email: string, password: string, totpCode?: string) =>
    stack.api.request<SessionView & Problem>('POST', '/v1/session', {
      body: { email, password, ...(totpCode ? { totpCode } : {}) },
    });

  async function activePerson(email: string) {
    const invited = await invite(email);
    expect((await accept(invited.token, { password: PASSWORD, totpCode: code(invited.secret) })).status).toBe(
      204,
    );
    return invited;
  }

  it('invites, accepts with password and TOTP, signs in, and uses the cookie with CSRF until signed out everywhere', async () => {
    const invited = await invite('coordenadora@mj.gov.br');
    expect(invited.view).toMatchObject({
      email: 'coordenadora@mj.gov.br',
      roles: ['coordinator'],
      totpRequired: true,
    });
    expect((await accept(invited.token, { password: 'password2024!' })).body.code).toBe(
      'DIRECTORY.WEAK_PASSWORD',
    );
    expect((await accept(invited.token, { password: PASSWORD })).body.code).toBe('DIRECTORY.INVALID_TOTP');
    expect((await accept(invited.token, { password: PASSWORD, totpCode: code(invited.secret) })).status).toBe(
      204,
    );

    expect((await signIn('coordenadora@mj.gov.br', PASSWORD)).body.code).toBe('AUTH.TOTP_REQUIRED');
    const first = await signIn('coordenadora@mj.gov.br', PASSWORD, code(invited.secret, 30_000));
    expect(first.status).toBe(200);
    const setCookie = first.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
    const cookie = cookieOf(setCookie);
    const csrf = first.body.csrfToken;
    expect(first.body.person).toMatchObject({
      email: 'coordenadora@mj.gov.br',
      institutionId: mjsp,
      roles: ['coordinator'],
    });

    // A protected route with the cookie, authorized by the person's roles like an API client's.
    const withCookie = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
      stack.api.request<Problem>(method, path, {
        headers: { cookie, ...headers },
        ...(body ? { body } : {}),
      });
    expect((await withCookie('GET', '/v1/plan/dashboard')).status).toBe(200);
    expect((await withCookie('GET', '/v1/session')).body).toMatchObject({
      person: first.body.person,
      csrfToken: csrf,
    });
    expect((await withCookie('GET', '/v1/admin/dead-letters')).status).toBe(403);

    // Changes need the CSRF header: refused (and nothing made) without it or with a wrong one.
    const invitation = { name: 'Leitor', email: 'leitor@mj.gov.br', institutionId: mjsp, roles: ['viewer'] };
    const noHeader = await withCookie('POST', '/v1/people/invitations', invitation);
    expect([noHeader.status, noHeader.body.code]).toEqual([403, 'AUTH.CSRF']);
    const wrong = await withCookie('POST', '/v1/people/invitations', invitation, {
      'x-csrf-token': 'x'.repeat(43),
    });
    expect(wrong.body.code).toBe('AUTH.CSRF');
    expect(await people().countDocuments({ email: 'leitor@mj.gov.br' })).toBe(0);
    const made = await withCookie('POST', '/v1/people/invitations', invitation, { 'x-csrf-token': csrf });
    expect(made.status).toBe(201);
    // A coordinator cannot make an admin, by cookie as by token.
    const admin = await withCookie(
      'POST',
      '/v1/people/invitations',
      { ...invitation, email: 'chefe@mj.gov.br', roles: ['admin'] },
      { 'x-csrf-token': csrf },
    );
    expect(admin.status).toBe(403);

    // A second device, then sign-out everywhere from the first: both cookies stop working.
    await people().updateOne({ email: 'coordenadora@mj.gov.br' }, { $set: { totpLastStep: 0 } }); // a later period
    const second = cookieOf(
      (await signIn('coordenadora@mj.gov.br', PASSWORD, code(invited.secret))).headers.get('set-cookie'),
    );
    expect((await withCookie('POST', '/v1/session/sign-out-everywhere')).body.code).toBe('AUTH.CSRF');
    const out = await withCookie('POST', '/v1/session/sign-out-everywhere', undefined, {
      'x-csrf-token': csrf,
    });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^elo_session=; .*Max-Age=0/);
    expect((await withCookie('GET', '/v1/plan/dashboard')).status).toBe(401);
    const other = await stack.api.request<Problem>('GET', '/v1/session', { headers: { cookie: second } });
    expect([other.status, other.body.code]).toEqual([401, 'AUTH.UNAUTHENTICATED']);
  });

  it('locks an account after repeated failures, answering exactly as for an unknown email, even the right password', async () => {
    const { secret } = await activePerson('bloqueio@mj.gov.br');
    const answer = async (email: string, password: string, totpCode?: string) => {
      const res = await signIn(email, password, totpCode);
      const body = res.body as unknown as Record<string, unknown>;
      return { status: res.status, code: body['code'], title: body['title'], detail: body['detail'] };
    };
    const unknown = await answer('ninguem@mj.gov.br', 'wrong-password-x');
    expect(unknown).toMatchObject({ status: 401, code: 'AUTH.INVALID_CREDENTIALS' });
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await answer('bloqueio@mj.gov.br', `wrong-password-${i}-x`));
    expect(answers).toEqual(Array(5).fill(unknown));
    expect((await people().findOne({ email: 'bloqueio@mj.gov.br' }))?.['lockedUntil']).toBeInstanceOf(Date);
    const locked = await signIn('bloqueio@mj.gov.br', PASSWORD, code(secret, 30_000));
    expect([locked.status, locked.body.code]).toEqual([401, 'AUTH.INVALID_CREDENTIALS']);
    expect(locked.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a used or expired invitation', async () => {
    const used = await activePerson('usado@mj.gov.br');
    const again = await accept(used.token, { password: PASSWORD, totpCode: code(used.secret) });
    expect([again.status, again.body.code]).toEqual([404, 'DIRECTORY.INVITATION_NOT_FOUND']);
    expect((await stack.api.request('GET', `/v1/session/invitations/${used.token}`)).status).toBe(404);

    const expiring = await invite('expirado@mj.gov.br', ['viewer']);
    await people().updateOne(
      { email: 'expirado@mj.gov.br' },
      { $set: { invitationExpiresAt: new Date(Date.now() - 1) } },
    );
    const late = await accept(expiring.token, { password: PASSWORD });
    expect([late.status, late.body.code]).toEqual([404, 'DIRECTORY.INVITATION_NOT_FOUND']);
    expect((await signIn('expirado@mj.gov.br', PASSWORD)).body.code).toBe('AUTH.INVALID_CREDENTIALS');
  });

  it('keeps bearer clients unchanged: a token wins over a cookie, and sessions are for cookies', async () => {
    const res = await stack.api.request<Problem>('GET', '/v1/session', { token });
    expect([res.status, res.body.code]).toEqual([401, 'AUTH.UNAUTHENTICATED']);
    const list = await stack.api.request<{ items: { email: string }[] }>('GET', '/v1/people?limit=100', {
      token,
    });
    expect(list.body.items.map((p) => p.email)).toContain('coordenadora@mj.gov.br');
    expect(JSON.stringify(list.body)).not.toMatch(/argon2|passwordHash|totpSecret/);
  });

  it('invites the first admin person for `npm start` until the account is active', async () => {
    const first = await inviteFirstAdmin(stack.gatewayUrl, stack.admin);
    const second = await inviteFirstAdmin(stack.gatewayUrl, stack.admin);
    if (!('invitationUrl' in first) || !('invitationUrl' in second)) throw new Error('no invitation link');
    const tokenOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);
    // A new run replaces the link: the old one stops working.
    expect(
      (await stack.api.request('GET', `/v1/session/invitations/${tokenOf(first.invitationUrl)}`)).status,
    ).toBe(404);
    const view = await stack.api.request<InvitationView>(
      'GET',
      `/v1/session/invitations/${tokenOf(second.invitationUrl)}`,
    );
    expect(view.body).toMatchObject({ email: 'admin@elo.local', roles: ['admin'], totpRequired: true });
    const accepted = await accept(tokenOf(second.invitationUrl), {
      password: PASSWORD,
      totpCode: code(view.body.totp.secret),
    });
    expect(accepted.status).toBe(204);
    await expect(inviteFirstAdmin(stack.gatewayUrl, stack.admin)).resolves.toEqual({ alreadyActive: true });
  });
});
