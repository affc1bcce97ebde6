import { timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CSRF_HEADER, DomainError, personCaller, type Caller, type SessionView } from '@elo/contracts';
import { RpcClient } from '@elo/messaging';
import type { CorrelatedRequest } from '../http/correlation';
import { sessionHashOf } from './session-cookie';

/** Methods that change something: with the cookie, they need the session's CSRF token in a header. */
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface ActiveSession {
  hash: string;
  view: SessionView;
}

export type SessionRequest = CorrelatedRequest & { session?: ActiveSession };

function sameToken(sent: string, expected: string): boolean {
  const a = Buffer.from(sent, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The cookie's side of the AuthGuard: the directory resolves the session (and touches its idle
 * timer) on every request, so a signed-out or expired session stops at once, on every replica.
 * SameSite=Strict already keeps other sites from sending the cookie; the CSRF token is the second
 * lock on every change, as the issue asks.
 */
@Injectable()
export class SessionAuthenticator {
  constructor(private readonly rpc: RpcClient) {}

  async authenticate(request: SessionRequest, token: string): Promise<Caller> {
    const hash = sessionHashOf(token);
    const resolved = await this.rpc.send('directory.session.resolve', { sessionHash: hash });
    if (!resolved.found) {
      throw new DomainError(
        'AUTH.UNAUTHENTICATED',
        'The session has ended or does not exist; sign in again.',
      );
    }
    if (UNSAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameToken(sent, resolved.session.csrfToken)) {
        throw new DomainError(
          'AUTH.CSRF',
          `A change made with the session cookie needs the ${CSRF_HEADER} header.`,
        );
      }
    }
    request.session = { hash, view: resolved.session };
    return personCaller(resolved.session.person);
  }
}

/** The session of a request authenticated by cookie; 401 for a bearer-token caller. */
export function sessionOf(request: SessionRequest): ActiveSession {
  if (!request.session) {
    throw new DomainError(
      'AUTH.UNAUTHENTICATED',
      'This operation needs a browser session (the session cookie).',
    );
  }
  return request.session;
}
