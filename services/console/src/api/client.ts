import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let csrfToken: string | undefined;

/** Set from the SessionView at sign-in and at every session check; cleared at sign-out. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

export function csrfHeaders(method: string): Record<string, string> {
  return UNSAFE.has(method.toUpperCase()) && csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

// The session cookie is HttpOnly: the page never sees it. Changes also carry the CSRF token.
const csrf: Middleware = {
  onRequest({ request }) {
    for (const [name, value] of Object.entries(csrfHeaders(request.method))) request.headers.set(name, value);
    return request;
  },
};

let onSessionEnded: (() => void) | undefined;

/** Called when a signed-in call answers 401: the session expired (idle or hard limit) or was ended elsewhere. */
export function whenSessionEnds(handler: (() => void) | undefined): void {
  onSessionEnded = handler;
}

const expiry: Middleware = {
  onResponse({ request, response }) {
    // A wrong password at sign-in is a 401 too, but it is not the end of a session.
    if (response.status === 401 && !new URL(request.url).pathname.startsWith('/v1/session'))
      onSessionEnded?.();
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(csrf, expiry);

/** An RFC 9457 problem as the gateway answers it. */
export interface Problem {
  status?: number;
  title?: string;
  detail?: string;
  code?: string;
  errors?: { path?: string; message?: string; field?: string }[];
}

/** Text for a failed call, in Portuguese, with the API's detail when it has one. */
export function problemText(error: unknown, fallback = 'Não foi possível concluir a operação.'): string {
  // ApiFailure (use-load) and ApiError (session) carry the problem; a bare problem is read as is.
  const carried = error && typeof error === 'object' && 'problem' in error ? error.problem : error;
  if (carried && typeof carried === 'object') {
    const p = carried as Problem;
    const detail = p.detail ?? p.title;
    if (detail) return `${fallback} (${detail})`;
  }
  return fallback;
}
