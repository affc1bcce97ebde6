import type { FastifyReply } from 'fastify';
import {
  clearSessionCookie,
  newSessionToken,
  sessionHashOf,
  sessionTokenOf,
  setSessionCookie,
} from './session-cookie';
import { secureCookies } from './session.config';

function recorder() {
  const headers: Record<string, string> = {};
  const reply = {
    header(name: string, value: string) {
      headers[name] = value;
      return reply;
    },
  };
  return { reply: reply as unknown as FastifyReply, headers };
}

describe('session cookie', () => {
  it('makes 256-bit tokens, and hashes them to the 43-character form the directory stores', () => {
    const token = newSessionToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newSessionToken()).not.toBe(token);
    expect(sessionHashOf(token)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(sessionHashOf(token)).not.toBe(token);
    expect(sessionHashOf(token)).toBe(sessionHashOf(token));
  });

  it('reads the token among other cookies, and nothing malformed', () => {
    const token = newSessionToken();
    expect(sessionTokenOf(`theme=dark; elo_session=${token}; lang=pt-BR`)).toBe(token);
    expect(sessionTokenOf(`elo_session=${token}`)).toBe(token);
    expect(sessionTokenOf(undefined)).toBeUndefined();
    expect(sessionTokenOf('elo_session=short')).toBeUndefined();
    expect(sessionTokenOf(`other_elo_session=${token}`)).toBeUndefined();
    expect(sessionTokenOf(`elo_session=${token}{"$ne":1}`)).toBeUndefined();
  });

  it('sets HttpOnly, SameSite=Strict and Path=/, lasting until the hard limit, Secure only when asked', () => {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
    const plain = recorder();
    setSessionCookie(plain.reply, token, expiresAt, { secure: false });
    expect(plain.headers['set-cookie']).toMatch(
      new RegExp(`^elo_session=${token}; Path=/; Max-Age=(3599|3600); HttpOnly; SameSite=Strict$`),
    );
    const secure = recorder();
    setSessionCookie(secure.reply, token, expiresAt, { secure: true });
    expect(secure.headers['set-cookie']).toMatch(/; HttpOnly; SameSite=Strict; Secure$/);
    const cleared = recorder();
    clearSessionCookie(cleared.reply, { secure: true });
    expect(cleared.headers['set-cookie']).toBe(
      'elo_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict; Secure',
    );
  });

  it('is Secure in production only (development and tests serve plain HTTP on 127.0.0.1)', () => {
    expect(secureCookies({ NODE_ENV: 'production' })).toBe(true);
    expect(secureCookies({ NODE_ENV: 'development' })).toBe(false);
    expect(secureCookies({ NODE_ENV: 'test' })).toBe(false);
  });
});
