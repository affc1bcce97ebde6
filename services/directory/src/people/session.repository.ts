import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import mongoose, { type Model } from 'mongoose';
import { AggregateRepository, type AggregateRow } from '@elo/persistence';
import { SessionRecord } from './session.schema';

export interface StoredSession {
  hash: string;
  personId: string;
  csrfToken: string;
  method: string;
  idleExpiresAt: Date;
  expiresAt: Date;
}

/** The idle timer moves only when it would move by this much: not one write per request. */
const TOUCH_GRANULARITY_MS = 60_000;

@Injectable()
export class SessionRepository extends AggregateRepository<SessionRecord, StoredSession> {
  constructor(@InjectModel(SessionRecord.name) model: Model<SessionRecord>) {
    super(model, null);
  }

  protected toContract(row: AggregateRow<SessionRecord>): StoredSession {
    const { hash, personId, csrfToken, method, idleExpiresAt, expiresAt } = row;
    return { hash, personId, csrfToken, method, idleExpiresAt, expiresAt };
  }

  open(session: StoredSession): Promise<StoredSession> {
    return this.insert(session);
  }

  /** The session under this hash while neither its idle timer nor its hard limit has passed. */
  findLive(hash: string, now: Date): Promise<StoredSession | null> {
    return this.findOne({
      hash,
      idleExpiresAt: mongoose.trusted({ $gt: now }),
      expiresAt: mongoose.trusted({ $gt: now }),
    });
  }

  /** Moves the idle timer to `now + idleMs`, never past the hard limit. */
  async touch(session: StoredSession, now: Date, idleMs: number): Promise<StoredSession> {
    const next = new Date(Math.min(now.getTime() + idleMs, session.expiresAt.getTime()));
    if (next.getTime() - session.idleExpiresAt.getTime() < TOUCH_GRANULARITY_MS) return session;
    const row = await this.updateWhere(
      { hash: session.hash, idleExpiresAt: mongoose.trusted({ $gt: now }) },
      { $set: { idleExpiresAt: next } },
    );
    return row ? this.toContract(row) : session;
  }

  async close(hash: string): Promise<number> {
    return (await this.model.deleteOne({ hash }).exec()).deletedCount;
  }

  /** Every session of the person, but `keep` (the one changing the password stays signed in). */
  async closeAllOf(personId: string, keep?: string): Promise<number> {
    const filter = keep === undefined ? { personId } : { personId, hash: mongoose.trusted({ $ne: keep }) };
    return (await this.model.deleteMany(filter).exec()).deletedCount;
  }
}
