import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  DomainError,
  type ChangePasswordInput,
  type ClosedSessions,
  type TotpEnrolment,
} from '@elo/contracts';
import { isLocked } from './credentials/lockout';
import { hashPassword, verifyPassword } from './credentials/password-hasher';
import { assertStrongPassword } from './credentials/password-policy';
import { TotpSecretBox, newTotpSecret, otpauthUri, verifyTotp } from './credentials/totp';
import { countFailure } from './failures';
import { PEOPLE_SETTINGS, type PeopleSettings } from './people.settings';
import { PersonRepository, type PersonCredentials } from './person.repository';
import { SessionRepository } from './session.repository';

type BySession<T> = T & { sessionHash: string };

// A signed-in person proved a password already: telling them their account is locked reveals nothing
// (unlike at sign-in, where the same answer would tell a stranger the email has an account).
const locked = (until: Date) =>
  new DomainError(
    'AUTH.ACCOUNT_LOCKED',
    `Too many wrong passwords or codes: this account is locked until ${until.toISOString()}.`,
  );
const totpOn = () =>
  new DomainError('DIRECTORY.TOTP_ALREADY_ENABLED', 'The second factor is already on for this account.');
const badCode = (given: boolean) =>
  new DomainError(
    'DIRECTORY.INVALID_TOTP',
    given
      ? 'The code of the authenticator app is wrong or was used already.'
      : 'Enter the current code of your authenticator app.',
    [{ field: 'totpCode', message: given ? 'is not a current, unused code' : 'is required' }],
  );

/**
 * What a signed-in person changes on their own account: the password, and turning TOTP on. Keyed by
 * the session (the gateway sends its hash), so the account is always the caller's own. Each change
 * asks for the current password again, so a session left open on a shared computer is not enough.
 */
@Injectable()
export class AccountService {
  private readonly logger = new Logger('AccountService');

  constructor(
    private readonly people: PersonRepository,
    private readonly sessions: SessionRepository,
    private readonly totp: TotpSecretBox,
    @Inject(PEOPLE_SETTINGS) private readonly settings: PeopleSettings,
  ) {}

  /** A new password (same rules as the invitation's); the person's other sessions end. */
  async changePassword(input: BySession<ChangePasswordInput>): Promise<ClosedSessions> {
    const now = new Date();
    const found = await this.holder(input.sessionHash, now);
    assertStrongPassword(input.newPassword, 'newPassword');
    await this.checkPassword(found, input.currentPassword, now);
    const step = await this.checkCode(found, input.totpCode, now);
    const hash = await hashPassword(input.newPassword);
    if (!(await this.people.setPassword(found.person.id, hash, step))) throw badCode(true); // code used meanwhile
    const closed = await this.sessions.closeAllOf(found.person.id, input.sessionHash);
    this.logger.log({ msg: 'password changed', personId: found.person.id, otherSessionsEnded: closed });
    return { closed };
  }

  /** A new secret for a person without a second factor; it counts only once confirmed with a code. */
  async startTotp(input: BySession<{ currentPassword: string }>): Promise<TotpEnrolment> {
    const now = new Date();
    const found = await this.holder(input.sessionHash, now);
    if (found.person.totpEnabled) throw totpOn();
    await this.checkPassword(found, input.currentPassword, now);
    // A new secret, not the invitation's: that one travelled in a link and may have been seen.
    const secret = newTotpSecret();
    if (!(await this.people.startTotp(found.person.id, this.totp.seal(secret)))) throw totpOn();
    return { secret, otpauthUri: otpauthUri(secret, found.person.email) };
  }

  async confirmTotp(input: BySession<{ totpCode: string }>): Promise<{ totpEnabled: true }> {
    const now = new Date();
    const found = await this.holder(input.sessionHash, now);
    if (found.person.totpEnabled) throw totpOn();
    if (!found.totpEnrolling) {
      throw new DomainError(
        'DIRECTORY.INVALID_TOTP',
        'Start the enrolment first: it shows the secret to scan.',
        [{ field: 'totpCode', message: 'has no enrolment to confirm' }],
      );
    }
    const step = verifyTotp(
      this.totp.open(found.totpSecret),
      found.person.email,
      input.totpCode,
      now.getTime(),
    );
    if (step === null || step <= found.totpLastStep) throw badCode(true);
    if (!(await this.people.enableTotp(found.person.id, step))) throw badCode(true); // confirmed meanwhile
    this.logger.log({ msg: 'second factor turned on', personId: found.person.id });
    return { totpEnabled: true };
  }

  /** The active person of a live session (the gateway resolved it a moment ago; it may have ended since). */
  private async holder(sessionHash: string, now: Date): Promise<PersonCredentials> {
    const session = await this.sessions.findLive(sessionHash, now);
    const found = session ? await this.people.findCredentialsById(session.personId) : null;
    if (!found || found.person.status !== 'active') {
      throw new DomainError(
        'AUTH.UNAUTHENTICATED',
        'The session has ended or does not exist; sign in again.',
      );
    }
    if (isLocked(found, now) && found.lockedUntil) throw locked(found.lockedUntil);
    return found;
  }

  private async checkPassword(found: PersonCredentials, password: string, now: Date): Promise<void> {
    if (await verifyPassword(found.passwordHash, password)) return;
    await this.failed(found, now);
    throw new DomainError('DIRECTORY.WRONG_PASSWORD', 'The current password is wrong.', [
      { field: 'currentPassword', message: 'is wrong' },
    ]);
  }

  /** The step of a fresh code when the factor is on (null when off); wrong and reused codes count as failures. */
  private async checkCode(
    found: PersonCredentials,
    code: string | undefined,
    now: Date,
  ): Promise<number | null> {
    if (!found.person.totpEnabled) return null;
    const step = code
      ? verifyTotp(this.totp.open(found.totpSecret), found.person.email, code, now.getTime())
      : null;
    if (step !== null && step > found.totpLastStep) return step;
    if (code) await this.failed(found, now);
    throw badCode(code !== undefined);
  }

  private async failed(found: PersonCredentials, now: Date): Promise<void> {
    const until = await countFailure(this.people, this.settings.lock, found.person.id, now);
    if (until) throw locked(until);
  }
}
