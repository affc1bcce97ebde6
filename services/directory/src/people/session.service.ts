import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  type ClosedSessions,
  type Person,
  type ResolvedSession,
  type SessionView,
} from '@elo/contracts';
import { isLocked } from './credentials/lockout';
import { verifyPassword } from './credentials/password-hasher';
import { TotpSecretBox, verifyTotp } from './credentials/totp';
import { countFailure } from './failures';
import { PEOPLE_SETTINGS, type PeopleSettings } from './people.settings';
import { PersonRepository, type PersonCredentials } from './person.repository';
import { SessionRepository, type StoredSession } from './session.repository';

export interface OpenSessionInput {
  email: string;
  password: string;
  totpCode?: string | undefined;
  sessionHash: string;
}

/**
 * The one refusal of sign-in, whatever was wrong: an unknown email, a wrong password or code, an
 * account not active, or a temporary lock. A distinct answer for a lock (it used to be 423) would tell
 * anyone that the email has an account, and during a lock a different answer for the right password
 * would let guessing go on; so the message names the lock as a possibility for everyone.
 */
const invalid = () =>
  new DomainError(
    'AUTH.INVALID_CREDENTIALS',
    'Wrong email, password or code. After repeated failures, signing in is paused for a while: try again later.',
  );

function viewOf(person: Person, session: StoredSession): SessionView {
  const { id, name, email, institutionId, roles, totpEnabled } = person;
  return {
    person: { id, name, email, institutionId, roles, totpEnabled },
    csrfToken: session.csrfToken,
    idleExpiresAt: session.idleExpiresAt.toISOString(),
    expiresAt: session.expiresAt.toISOString(),
  };
}

/** Sign-in (password, TOTP, failure count and lock) and the sessions it opens. */
@Injectable()
export class SessionService {
  constructor(
    private readonly people: PersonRepository,
    private readonly sessions: SessionRepository,
    private readonly totp: TotpSecretBox,
    @Inject(PEOPLE_SETTINGS) private readonly settings: PeopleSettings,
  ) {}

  async open(input: OpenSessionInput): Promise<SessionView> {
    const now = new Date();
    const found = await this.people.findCredentials(input.email);
    // Always one argon2 verification (against a dummy hash for an unknown email): timing tells nothing.
    const passwordOk = await verifyPassword(found?.passwordHash ?? null, input.password);
    if (!found || found.person.status !== 'active') throw invalid();
    // Locked: the same answer as a wrong password, without counting (the lock already runs).
    if (isLocked(found, now)) throw invalid();
    if (!passwordOk) return this.fail(found, now);
    let step: number | null = null;
    if (found.person.totpEnabled) {
      if (!input.totpCode) {
        throw new DomainError('AUTH.TOTP_REQUIRED', 'Enter the current code of your authenticator app.');
      }
      step = verifyTotp(this.totp.open(found.totpSecret), found.person.email, input.totpCode, now.getTime());
      if (step === null || step <= found.totpLastStep) return this.fail(found, now);
    }
    // False only when the same code was used meanwhile by a parallel sign-in.
    if (!(await this.people.recordSuccess(found.person.id, step))) return this.fail(found, now);
    const session = await this.sessions.open({
      hash: input.sessionHash,
      personId: found.person.id,
      csrfToken: randomBytes(32).toString('base64url'),
      method: 'password',
      idleExpiresAt: new Date(
        now.getTime() + Math.min(this.settings.sessionIdleMs, this.settings.sessionMaxMs),
      ),
      expiresAt: new Date(now.getTime() + this.settings.sessionMaxMs),
    });
    return viewOf(found.person, session);
  }

  /** The live session, its idle timer moved; ended sessions and people no longer active are not found. */
  async resolve({ sessionHash }: { sessionHash: string }): Promise<ResolvedSession> {
    const now = new Date();
    const session = await this.sessions.findLive(sessionHash, now);
    if (!session) return { found: false };
    const person = await this.people.findActive(session.personId);
    if (!person) {
      await this.sessions.close(sessionHash);
      return { found: false };
    }
    const touched = await this.sessions.touch(session, now, this.settings.sessionIdleMs);
    return { found: true, session: viewOf(person, touched) };
  }

  async close({ sessionHash }: { sessionHash: string }): Promise<ClosedSessions> {
    return { closed: await this.sessions.close(sessionHash) };
  }

  /** Every session of the person this one belongs to, on every device. */
  async closeAll({ sessionHash }: { sessionHash: string }): Promise<ClosedSessions> {
    const session = await this.sessions.findLive(sessionHash, new Date());
    if (!session) return { closed: 0 };
    return { closed: await this.sessions.closeAllOf(session.personId) };
  }

  private async fail(found: PersonCredentials, now: Date): Promise<never> {
    await countFailure(this.people, this.settings.lock, found.person.id, now);
    throw invalid();
  }
}
