import { csrfHeaders, setCsrfToken, type Problem } from './client';

// The session routes (directory + gateway, docs/console contract). Plain fetch until the generated
// types carry them; the shapes below follow the contract.
export type Role = 'admin' | 'coordinator' | 'agency' | 'viewer' | 'partner';

export interface SessionView {
  person: { id: string; name: string; email: string; institutionId: string; roles: Role[] };
  csrfToken: string;
  idleExpiresAt: string;
  expiresAt: string;
}

export interface InvitationView {
  name: string;
  email: string;
  roles: Role[];
  totpRequired: boolean;
  totp: { secret: string; otpauthUri: string };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...csrfHeaders(method) };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  const parsed: unknown = text ? JSON.parse(text) : undefined;
  if (!res.ok) throw new ApiError(res.status, parsed && typeof parsed === 'object' ? parsed : {});
  return parsed as T;
}

export async function currentSession(): Promise<SessionView | undefined> {
  try {
    const session = await call<SessionView>('GET', '/v1/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return undefined;
    throw error;
  }
}

export async function signIn(input: {
  email: string;
  password: string;
  totpCode?: string;
}): Promise<SessionView> {
  const session = await call<SessionView>('POST', '/v1/session', input);
  setCsrfToken(session.csrfToken);
  return session;
}

export async function signOut(everywhere = false): Promise<void> {
  const [method, path] = everywhere ? ['POST', '/v1/session/sign-out-everywhere'] : ['DELETE', '/v1/session'];
  // Whatever the answer, the page forgets the session: an expired one is signed out already.
  await call<void>(method, path).catch(() => undefined);
  setCsrfToken(undefined);
}

export function invitation(token: string): Promise<InvitationView> {
  return call<InvitationView>('GET', `/v1/session/invitations/${encodeURIComponent(token)}`);
}

export function acceptInvitation(token: string, input: { password: string; totpCode?: string }) {
  return call<void>('POST', `/v1/session/invitations/${encodeURIComponent(token)}`, input);
}
