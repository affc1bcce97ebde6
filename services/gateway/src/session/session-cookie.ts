import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { SESSION_COOKIE } from '@elo/contracts';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** A new session token: 256 random bits, base64url. Only the cookie holds it. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What crosses the bus and is stored instead of the token. */
export function sessionHashOf(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

/** The session token of a Cookie header, or undefined when absent or malformed. */
export function sessionTokenOf(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const at = part.indexOf('=');
    if (at < 0 || part.slice(0, at).trim() !== SESSION_COOKIE) continue;
    const value = part.slice(at + 1).trim();
    if (TOKEN.test(value)) return value;
  }
  return undefined;
}

export interface CookieOptions {
  secure: boolean;
}

/** HttpOnly (no script reads it), SameSite=Strict (no other site sends it), Secure outside development. */
export function setSessionCookie(
  reply: FastifyReply,
  token: string,
  expiresAt: string,
  options: CookieOptions,
): void {
  const maxAge = Math.max(0, Math.floor((Date.parse(expiresAt) - Date.now()) / 1000));
  void reply.header('set-cookie', cookie(`${SESSION_COOKIE}=${token}`, maxAge, options));
}

export function clearSessionCookie(reply: FastifyReply, options: CookieOptions): void {
  void reply.header('set-cookie', cookie(`${SESSION_COOKIE}=`, 0, options));
}

function cookie(pair: string, maxAge: number, { secure }: CookieOptions): string {
  return [
    pair,
    'Path=/',
    `Max-Age=${maxAge}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}
