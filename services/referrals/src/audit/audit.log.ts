import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { duplicateKeyField, isDuplicateKeyError } from '@elo/persistence';
import type { AuditActor, AuditFact, PendingAudit } from './audit-outbox';
import { AuditRecord } from './audit.schema';

export const GENESIS_HASH = '0'.repeat(64);
const APPEND_ATTEMPTS = 20;

export type { AuditFact } from './audit-outbox';

export interface ChainReport {
  entries: number;
  intact: boolean;
  /** The first entry whose hash or link does not match, when the chain is broken. */
  firstBroken?: { position: number; problem: 'hash_mismatch' | 'link_mismatch' | 'gap' };
}

type Entry = Omit<AuditRecord, 'hash'>;

/**
 * The entry's hash covers every field and the previous hash, in a fixed order. The relay's key and the
 * detail come last and only when there is one, so entries chained before they existed still verify; the
 * detail is an object, so it never reads as a key.
 */
export function entryHash(e: Entry): string {
  const canonical = JSON.stringify([
    e._id,
    e.at.toISOString(),
    e.clientId,
    e.institutionId,
    e.action,
    e.caseId ?? null,
    e.referralId ?? null,
    e.purpose ?? null,
    e.prevHash,
    ...(e.key === undefined ? [] : [e.key]),
    ...(e.detail === undefined ? [] : [{ detail: e.detail }]),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** The append-only access log, each entry chained to the previous one by its hash. */
@Injectable()
export class AuditLog {
  constructor(@InjectModel(AuditRecord.name) private readonly model: Model<AuditRecord>) {}

  /**
   * Chains an entry now: for reads, which have no write to ride on, so the caller appends before it
   * serves (a read is never served without its line; one that fails after this line is over-recorded).
   * Returns the line's position.
   */
  async append(actor: AuditActor, fact: AuditFact, at = new Date()): Promise<number> {
    const position = await this.chain({
      at,
      clientId: actor.clientId,
      institutionId: actor.institutionId,
      ...fact,
    });
    // Only a keyed entry can be found chained already.
    if (position === undefined) throw new Error('audit log: an unkeyed entry was taken for a chained one');
    return position;
  }

  /**
   * Chains an entry that was stored with its write (see `AuditRelay`), keyed by its id: a retry after a
   * crash between the chaining and the outbox's cleanup finds the line there and adds no second one.
   */
  async appendOnce(pending: PendingAudit): Promise<void> {
    const { id, ...fact } = pending;
    if (await this.model.exists({ key: id }).exec()) return;
    await this.chain({ ...fact, key: id });
  }

  /** The new line's position, or undefined when its key was chained already. */
  private async chain(fact: Omit<Entry, '_id' | 'prevHash'>): Promise<number | undefined> {
    for (let attempt = 0; attempt < APPEND_ATTEMPTS; attempt++) {
      const last = await this.model.findOne({}, { _id: 1, hash: 1 }).sort({ _id: -1 }).lean().exec();
      const entry: Entry = {
        _id: (last?._id ?? 0) + 1,
        ...fact,
        prevHash: last?.hash ?? GENESIS_HASH,
      };
      try {
        await this.model.create({ ...entry, hash: entryHash(entry) });
        return entry._id;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        // Another relay chained this very entry: it is there once, which is all that is owed.
        if (duplicateKeyField(error) === 'key') return undefined;
        // Another writer took this position: link to its entry instead.
      }
    }
    throw new Error('audit log: could not append after repeated collisions');
  }

  /** Recomputes the chain from the start and names the first entry that does not hold. */
  async verify(): Promise<ChainReport> {
    let prevHash = GENESIS_HASH;
    let position = 0;
    for await (const row of this.model.find({}).sort({ _id: 1 }).lean<AuditRecord>().cursor()) {
      position++;
      const { hash, ...entry } = row;
      const problem =
        row._id !== position
          ? 'gap'
          : row.prevHash !== prevHash
            ? 'link_mismatch'
            : entryHash(entry) !== hash
              ? 'hash_mismatch'
              : null;
      if (problem) return { entries: position, intact: false, firstBroken: { position, problem } };
      prevHash = hash;
    }
    return { entries: position, intact: true };
  }

  /** Every access to one case, whoever made it: the owner's export shows who read what. */
  forCase(caseId: string): Promise<AuditRecord[]> {
    return this.model.find({ caseId }).sort({ _id: 1 }).lean<AuditRecord[]>().exec();
  }
}
