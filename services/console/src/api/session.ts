import { api, setCsrfToken, type Problem } from './client';
import type { paths } from './schema';

// The session routes (directory + gateway), through the client generated from the OpenAPI document.
export type SessionView = paths['/v1/session']['get']['responses'][200]['content']['application/json'];
export type InvitationView =
  paths['/v1/session/invitations/{token}']['get']['responses'][200]['content']['application/json'];
export type Role = SessionView['person']['roles'][number];

/** A refused session call: the status tells the sign-in page what to say (401, 423, 429). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }
}

async function settle<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(response.status, error && typeof error === 'object' ? error : {});
  return data as T;
}

export async function currentSession(): Promise<SessionView | undefined> {
  try {
    const session = await settle(api.GET('/v1/session'));
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return undefined;
    throw error;
  }
}

export async function signIn(body: { email: string; password: string; totpCode?: string }) {
  const session = await settle(api.POST('/v1/session', { body }));
  setCsrfToken(session.csrfToken);
  return session;
}

export async function signOut(everywhere = false): Promise<void> {
  // Whatever the answer, the page forgets the session: an expired one is signed out already.
  await (everywhere ? api.POST('/v1/session/sign-out-everywhere') : api.DELETE('/v1/session')).catch(
    () => undefined,
  );
  setCsrfToken(undefined);
}

export function invitation(token: string): Promise<InvitationView> {
  return settle(api.GET('/v1/session/invitations/{token}', { params: { path: { token } } }));
}

export async function acceptInvitation(token: string, body: { password: string; totpCode?: string }) {
  await settle(api.POST('/v1/session/invitations/{token}', { params: { path: { token } }, body }));
}

export type TotpEnrolment =
  paths['/v1/session/totp']['post']['responses'][200]['content']['application/json'];

/** The signed-in person's own password; their other sessions end (this one stays). */
export async function changePassword(body: {
  currentPassword: string;
  newPassword: string;
  totpCode?: string;
}): Promise<void> {
  await settle(api.POST('/v1/session/password', { body }));
}

/** A new TOTP secret to enrol; the factor is on only once `confirmTotp` gets a code of it. */
export function startTotp(currentPassword: string): Promise<TotpEnrolment> {
  return settle(api.POST('/v1/session/totp', { body: { currentPassword } }));
}

export async function confirmTotp(totpCode: string): Promise<void> {
  await settle(api.POST('/v1/session/totp/confirm', { body: { totpCode } }));
}
