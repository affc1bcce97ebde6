import type { ResolvedSession, SessionView } from '@elo/contracts';
import type { RpcClient } from '@elo/messaging';
import { SessionAuthenticator, sessionOf, type SessionRequest } from './session-authenticator';
import { newSessionToken, sessionHashOf } from './session-cookie';

const VIEW: SessionView = {
  person: {
    id: '665f1c2e9b1e8a0012345678',
    name: 'Maria Souza',
    email: 'maria.souza@mj.gov.br',
    institutionId: '665f1c2e9b1e8a0012345679',
    roles: ['coordinator'],
    totpEnabled: true,
  },
  csrfToken: 'c'.repeat(43),
  idleExpiresAt: '2026-12-03T12:30:00.000Z',
  expiresAt: '2026-12-04T00:00:00.000Z',
};

function authenticatorAnswering(resolved: ResolvedSession) {
  const asked: unknown[] = [];
  const rpc = {
    send: (pattern: string, input: unknown) => {
      asked.push({ pattern, input });
      return Promise.resolve(resolved);
    },
  } as unknown as RpcClient;
  return { sessions: new SessionAuthenticator(rpc), asked };
}

const request = (method: string, headers: Record<string, string> = {}) =>
  ({ method, headers }) as unknown as SessionRequest;
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: { code?: string }) => error.code,
  );

describe('SessionAuthenticator', () => {
  it('asks the directory with the token’s hash only, and makes the caller person:<id>', async () => {
    const { sessions, asked } = authenticatorAnswering({ found: true, session: VIEW });
    const token = newSessionToken();
    const req = request('GET');
    await expect(sessions.authenticate(req, token)).resolves.toEqual({
      clientId: `person:${VIEW.person.id}`,
      institutionId: VIEW.person.institutionId,
      roles: ['coordinator'],
    });
    expect(asked).toEqual([
      { pattern: 'directory.session.resolve', input: { sessionHash: sessionHashOf(token) } },
    ]);
    expect(JSON.stringify(asked)).not.toContain(token);
    expect(sessionOf(req)).toEqual({ hash: sessionHashOf(token), view: VIEW });
  });

  it('refuses an ended session with AUTH.UNAUTHENTICATED', async () => {
    const { sessions } = authenticatorAnswering({ found: false });
    await expect(codeOf(sessions.authenticate(request('GET'), newSessionToken()))).resolves.toBe(
      'AUTH.UNAUTHENTICATED',
    );
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('needs the CSRF token on %s', async (method) => {
    const { sessions } = authenticatorAnswering({ found: true, session: VIEW });
    const token = newSessionToken();
    await expect(codeOf(sessions.authenticate(request(method), token))).resolves.toBe('AUTH.CSRF');
    const wrong = request(method, { 'x-csrf-token': 'd'.repeat(43) });
    await expect(codeOf(sessions.authenticate(wrong, token))).resolves.toBe('AUTH.CSRF');
    const short = request(method, { 'x-csrf-token': 'c' });
    await expect(codeOf(sessions.authenticate(short, token))).resolves.toBe('AUTH.CSRF');
    const right = request(method, { 'x-csrf-token': VIEW.csrfToken });
    await expect(codeOf(sessions.authenticate(right, token))).resolves.toBe('ok');
  });

  it('tells a bearer caller that the session routes need the cookie', () => {
    let caught: unknown;
    try {
      sessionOf(request('GET'));
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: 'AUTH.UNAUTHENTICATED' });
  });
});
