import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  DomainError,
  PERSON_CLIENT_PREFIX,
  totpRequiredFor,
  type Caller,
  type InvitationView,
  type InvitePersonInput,
  type IssuedInvitation,
  type Page,
  type PageQuery,
  type Person,
  type PersonStatus,
} from '@elo/contracts';
import { callerHasRole } from '@elo/messaging';
import { InstitutionService } from '../institutions/institution.service';
import { hashPassword } from './credentials/password-hasher';
import { assertStrongPassword } from './credentials/password-policy';
import { TotpSecretBox, newTotpSecret, otpauthUri, verifyTotp } from './credentials/totp';
import { PEOPLE_SETTINGS, sha256, type PeopleSettings } from './people.settings';
import { PersonRepository } from './person.repository';
import { SessionRepository } from './session.repository';

const invitationGone = () =>
  new DomainError(
    'DIRECTORY.INVITATION_NOT_FOUND',
    'This invitation link is unknown, already used or expired.',
  );

/** Roles a coordinator may manage the accounts of: below its own (only admins manage admins and coordinators). */
const COORDINATOR_MANAGES = new Set(['agency', 'viewer']);

/** A mark this old was left by a directory that stopped mid-check: it no longer keeps its admin out of the count. */
const STALE_DISABLING_MS = 60_000;

/** Invitations and accounts. Roles were checked by the catalog; the finer rules are here. */
@Injectable()
export class PeopleService {
  private readonly logger = new Logger('PeopleService');

  constructor(
    private readonly people: PersonRepository,
    private readonly sessions: SessionRepository,
    private readonly institutions: InstitutionService,
    private readonly totp: TotpSecretBox,
    @Inject(PEOPLE_SETTINGS) private readonly settings: PeopleSettings,
  ) {}

  async invite(input: InvitePersonInput, caller: Caller): Promise<IssuedInvitation> {
    // Only an admin makes admins: a coordinator could otherwise raise anyone, itself included, to admin.
    if (input.roles.includes('admin') && !callerHasRole(caller, 'admin')) {
      throw new DomainError('AUTH.FORBIDDEN', 'Only an admin can invite an admin.');
    }
    await this.institutions.get(input.institutionId); // DIRECTORY.INSTITUTION_NOT_FOUND
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.settings.invitationTtlMs);
    const person = await this.people.invite({
      ...input,
      totpSecret: this.totp.seal(newTotpSecret()),
      invitationHash: sha256(token),
      invitationExpiresAt: expiresAt,
    });
    return { personId: person.id, token, expiresAt: expiresAt.toISOString() };
  }

  list(query: PageQuery): Promise<Page<Person>> {
    return this.people.list({ limit: query.limit, ...(query.cursor ? { cursor: query.cursor } : {}) });
  }

  /** What the link shows, the TOTP secret included: whoever holds the link enrols the factor. */
  async invitation({ token }: { token: string }): Promise<InvitationView> {
    const found = await this.people.findInvitation(sha256(token), new Date());
    if (!found) throw invitationGone();
    const secret = this.totp.open(found.totpSecret);
    const { name, email, roles } = found.person;
    return {
      name,
      email,
      roles,
      totpRequired: totpRequiredFor(roles),
      totp: { secret, otpauthUri: otpauthUri(secret, email) },
    };
  }

  async accept(input: {
    token: string;
    password: string;
    totpCode?: string | undefined;
  }): Promise<{ personId: string }> {
    const now = new Date();
    const hash = sha256(input.token);
    const found = await this.people.findInvitation(hash, now);
    if (!found) throw invitationGone();
    assertStrongPassword(input.password);
    const required = totpRequiredFor(found.person.roles);
    let totpLastStep = -1;
    if (input.totpCode !== undefined || required) {
      const step = input.totpCode
        ? verifyTotp(this.totp.open(found.totpSecret), found.person.email, input.totpCode, now.getTime())
        : null;
      if (step === null) {
        throw new DomainError(
          'DIRECTORY.INVALID_TOTP',
          required
            ? 'These roles see personal data: enter the current code of the authenticator app.'
            : 'The code of the authenticator app is wrong.',
          [{ field: 'totpCode', message: input.totpCode ? 'is not the current code' : 'is required' }],
        );
      }
      totpLastStep = step;
    }
    const accepted = await this.people.accept(hash, now, {
      passwordHash: await hashPassword(input.password),
      totpEnabled: totpLastStep >= 0,
      totpLastStep,
    });
    if (!accepted) throw invitationGone(); // used or expired meanwhile
    return { personId: accepted.id };
  }

  /** Sign-in is refused and every session ends at once (the gateway resolves sessions on each request). */
  disable({ id }: { id: string }, caller: Caller): Promise<Person> {
    return this.setStatus(id, caller, 'active', 'disabled');
  }

  enable({ id }: { id: string }, caller: Caller): Promise<Person> {
    return this.setStatus(id, caller, 'disabled', 'active');
  }

  /** Idempotent: a person already in `to` is answered as is. Invitations are not accounts yet (409). */
  private async setStatus(id: string, caller: Caller, from: PersonStatus, to: PersonStatus): Promise<Person> {
    const person = (await this.people.findCredentialsById(id))?.person;
    if (!person) throw new DomainError('DIRECTORY.PERSON_NOT_FOUND', 'No person has this id.');
    // Nobody switches their own account: an admin could otherwise lock every admin out, itself last.
    if (caller.clientId === `${PERSON_CLIENT_PREFIX}${id}`) {
      throw new DomainError('AUTH.FORBIDDEN', 'You cannot disable or enable your own account.');
    }
    if (!callerHasRole(caller, 'admin') && !person.roles.every((role) => COORDINATOR_MANAGES.has(role))) {
      throw new DomainError(
        'AUTH.FORBIDDEN',
        'A coordinator can disable or enable agency and viewer people only; ask an admin.',
      );
    }
    if (person.status === to) return person;
    if (person.status === 'invited') {
      throw new DomainError(
        'DIRECTORY.PERSON_NOT_ACTIVE',
        'This person has not accepted the invitation yet: invite again to replace the link, or let it expire.',
      );
    }
    const changed =
      to === 'disabled' && person.roles.includes('admin')
        ? await this.disableAdmin(id)
        : await this.people.changeStatus(id, from, to);
    if (!changed) {
      // A parallel request did the same: answered as is, like a repeated one.
      const current = (await this.people.findCredentialsById(id))?.person;
      if (current?.status === to) return current;
      throw new DomainError('COMMON.CONCURRENT_MODIFICATION', 'The person changed meanwhile; try again.');
    }
    const sessionsEnded = to === 'disabled' ? await this.sessions.closeAllOf(id) : 0;
    this.logger.log({ msg: `person ${to}`, personId: id, by: caller.clientId, sessionsEnded });
    return changed;
  }

  /**
   * Disables an admin only while another active admin remains. Count-then-write would let two admins
   * disabling each other at once both pass (each counts the other). So each check first marks its
   * admin (a write), then counts the active admins left unmarked, then writes the status only while its
   * mark holds: of two overlapping checks the later count sees the earlier mark, so they cannot both
   * pass on the same last admin (both may refuse; nobody is left without an admin either way).
   */
  private async disableAdmin(id: string): Promise<Person | null> {
    const at = new Date();
    if (!(await this.people.markDisabling(id, at))) return null;
    const left = await this.people.countSteadyAdmins(new Date(at.getTime() - STALE_DISABLING_MS));
    if (left === 0) {
      await this.people.clearDisabling(id, at);
      throw new DomainError(
        'DIRECTORY.LAST_ADMIN',
        'This is the last active admin: enable or invite another admin before disabling this one.',
      );
    }
    // A check that took so long its mark counts as stale may have been overtaken: start again.
    if (Date.now() - at.getTime() >= STALE_DISABLING_MS) return null;
    return this.people.changeStatus(id, 'active', 'disabled', at);
  }
}
