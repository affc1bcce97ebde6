import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import mongoose, { type Model } from 'mongoose';
import {
  DomainError,
  type Page,
  type PageQuery,
  type Person,
  type PersonStatus,
  type Role,
} from '@elo/contracts';
import { AggregateRepository, isDuplicateKeyError, type AggregateRow } from '@elo/persistence';
import type { SealedTotpSecret } from './credentials/totp';
import { PersonRecord } from './person.schema';

type PersonRow = AggregateRow<PersonRecord>;

export interface NewInvitation {
  name: string;
  email: string;
  institutionId: string;
  roles: Role[];
  totpSecret: SealedTotpSecret;
  invitationHash: string;
  invitationExpiresAt: Date;
}

/** What signing in needs; only the session service sees it. */
export interface PersonCredentials {
  person: Person;
  passwordHash: string | null;
  totpSecret: SealedTotpSecret;
  totpLastStep: number;
  /** A new secret was made by the person (start-totp) and awaits a code to turn the factor on. */
  totpEnrolling: boolean;
  failedAttempts: number;
  lockedUntil: Date | null;
}

export interface Acceptance {
  passwordHash: string;
  totpEnabled: boolean;
  totpLastStep: number;
}

const sealedOf = ({ iv, data, tag }: SealedTotpSecret): SealedTotpSecret => ({ iv, data, tag });

function credentialsOf(row: PersonRow, person: Person): PersonCredentials {
  return {
    person,
    passwordHash: row.passwordHash,
    totpSecret: sealedOf(row.totpSecret),
    totpLastStep: row.totpLastStep,
    totpEnrolling: row.totpEnrolling === true, // absent on accounts made before the field
    failedAttempts: row.failedAttempts,
    lockedUntil: row.lockedUntil,
  };
}

/** People's accounts. Password hashes and TOTP secrets leave this file only through `PersonCredentials`. */
@Injectable()
export class PersonRepository extends AggregateRepository<PersonRecord, Person> {
  constructor(@InjectModel(PersonRecord.name) model: Model<PersonRecord>) {
    super(model, null);
  }

  protected toContract(row: PersonRow): Person {
    return {
      id: row._id.toHexString(),
      name: row.name,
      email: row.email,
      institutionId: row.institutionId,
      roles: [...row.roles],
      status: row.status,
      totpEnabled: row.totpEnabled,
    };
  }

  /**
   * A new invited person; inviting again someone who has not accepted yet replaces the invitation
   * (the old link stops working). DIRECTORY.EMAIL_TAKEN when the email belongs to an active account.
   */
  async invite(input: NewInvitation): Promise<Person> {
    try {
      return await this.insert({ ...input, status: 'invited' });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    const replaced = await this.updateWhere(
      { email: input.email, status: 'invited' },
      { $set: { ...input } },
    );
    if (!replaced)
      throw new DomainError('DIRECTORY.EMAIL_TAKEN', 'A person with this email already has an account.');
    return this.toContract(replaced);
  }

  list(page: PageQuery): Promise<Page<Person>> {
    return this.findPage({}, page);
  }

  /** The pending, unexpired invitation under this token hash, with its TOTP secret. */
  async findInvitation(invitationHash: string, now: Date): Promise<PersonCredentials | null> {
    const row = await this.findRow({
      invitationHash,
      status: 'invited',
      invitationExpiresAt: mongoose.trusted({ $gt: now }),
    });
    return row ? credentialsOf(row, this.toContract(row)) : null;
  }

  /** Consumes the invitation: one winner when the link is used twice at once. Null when it no longer holds. */
  async accept(invitationHash: string, now: Date, acceptance: Acceptance): Promise<Person | null> {
    const row = await this.updateWhere(
      { invitationHash, status: 'invited', invitationExpiresAt: mongoose.trusted({ $gt: now }) },
      { $set: { ...acceptance, status: 'active', invitationHash: null, invitationExpiresAt: null } },
    );
    return row ? this.toContract(row) : null;
  }

  async findCredentials(email: string): Promise<PersonCredentials | null> {
    const row = await this.findRow({ email });
    return row ? credentialsOf(row, this.toContract(row)) : null;
  }

  async findCredentialsById(id: string): Promise<PersonCredentials | null> {
    if (!mongoose.isObjectIdOrHexString(id)) return null;
    const row = await this.findRow({ _id: new mongoose.Types.ObjectId(id) });
    return row ? credentialsOf(row, this.toContract(row)) : null;
  }

  /**
   * A new password hash, with the TOTP step that authorized it consumed in the same write (only while
   * newer than the last one used). False when that code was used meanwhile.
   */
  async setPassword(id: string, passwordHash: string, totpStep: number | null): Promise<boolean> {
    const _id = new mongoose.Types.ObjectId(id);
    const filter =
      totpStep === null
        ? { _id, status: 'active' as const }
        : { _id, status: 'active' as const, totpLastStep: mongoose.trusted({ $lt: totpStep }) };
    const set = { passwordHash, failedAttempts: 0, ...(totpStep === null ? {} : { totpLastStep: totpStep }) };
    return (await this.updateWhere(filter, { $set: set })) !== null;
  }

  /** A new secret to confirm, for a person whose factor is off; false once it is on. */
  async startTotp(id: string, totpSecret: SealedTotpSecret): Promise<boolean> {
    const filter = { _id: new mongoose.Types.ObjectId(id), status: 'active' as const, totpEnabled: false };
    return (await this.updateWhere(filter, { $set: { totpSecret, totpEnrolling: true } })) !== null;
  }

  /** Turns the factor on with the step of the confirming code; false when on already or that code was used. */
  async enableTotp(id: string, step: number): Promise<boolean> {
    const filter = {
      _id: new mongoose.Types.ObjectId(id),
      status: 'active' as const,
      totpEnabled: false,
      totpEnrolling: true,
      totpLastStep: mongoose.trusted({ $lt: step }),
    };
    const set = { totpEnabled: true, totpEnrolling: false, totpLastStep: step };
    return (await this.updateWhere(filter, { $set: set })) !== null;
  }

  /**
   * Moves a person from one status to another; null when they are no longer in `from` (or, with
   * `disablingSince`, when that mark is no longer theirs). Enabling clears a running sign-in lock: the
   * admin who enables someone means them to sign in now, not after failures from before the disable.
   */
  async changeStatus(
    id: string,
    from: PersonStatus,
    to: PersonStatus,
    disablingSince?: Date,
  ): Promise<Person | null> {
    const filter = {
      _id: new mongoose.Types.ObjectId(id),
      status: from,
      ...(disablingSince ? { disablingSince } : {}),
    };
    const unlock = to === 'active' ? { failedAttempts: 0, lockedUntil: null } : {};
    const row = await this.updateWhere(filter, { $set: { status: to, disablingSince: null, ...unlock } });
    return row ? this.toContract(row) : null;
  }

  /** Marks an active admin as being disabled, so the count of admins left leaves them out; false when not one. */
  async markDisabling(id: string, at: Date): Promise<boolean> {
    const filter = {
      _id: new mongoose.Types.ObjectId(id),
      status: 'active' as const,
      roles: 'admin' as const,
    };
    return (await this.updateWhere(filter, { $set: { disablingSince: at } })) !== null;
  }

  /** Takes back this check's mark (a later check may have replaced it: then it is that one's). */
  async clearDisabling(id: string, at: Date): Promise<void> {
    await this.updateWhere(
      { _id: new mongoose.Types.ObjectId(id), disablingSince: at },
      { $set: { disablingSince: null } },
    );
  }

  /** Active admins no disable is under way for; marks older than `staleBefore` were left by a crash. */
  countSteadyAdmins(staleBefore: Date): Promise<number> {
    return this.model
      .countDocuments({
        status: 'active',
        roles: 'admin',
        $or: [{ disablingSince: null }, { disablingSince: mongoose.trusted({ $lt: staleBefore }) }],
      })
      .exec();
  }

  async findActive(id: string): Promise<Person | null> {
    if (!mongoose.isObjectIdOrHexString(id)) return null;
    return this.findOne({ _id: new mongoose.Types.ObjectId(id), status: 'active' });
  }

  /** Counts one more failure atomically (parallel guesses each count) and answers the new count. */
  async recordFailure(id: string): Promise<number> {
    const row = await this.updateWhere(
      { _id: new mongoose.Types.ObjectId(id) },
      { $inc: { failedAttempts: 1 } },
    );
    return row?.failedAttempts ?? 0;
  }

  async lock(id: string, until: Date): Promise<void> {
    await this.updateWhere(
      { _id: new mongoose.Types.ObjectId(id) },
      { $set: { failedAttempts: 0, lockedUntil: until } },
    );
  }

  /**
   * Clears the failures of a successful sign-in; with a TOTP step, only while that step is newer than
   * the last one used (false: the code was used already, possibly by a parallel request).
   */
  async recordSuccess(id: string, totpStep: number | null): Promise<boolean> {
    const _id = new mongoose.Types.ObjectId(id);
    const filter = totpStep === null ? { _id } : { _id, totpLastStep: mongoose.trusted({ $lt: totpStep }) };
    const set = {
      failedAttempts: 0,
      lockedUntil: null,
      ...(totpStep === null ? {} : { totpLastStep: totpStep }),
    };
    return (await this.updateWhere(filter, { $set: set })) !== null;
  }
}
