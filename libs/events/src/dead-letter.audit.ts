import { Injectable, Logger } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import type { Caller } from '@elo/contracts';
import { nativeCollection } from './service-db';

export const DEAD_LETTER_AUDIT_COLLECTION = 'dead_letter_audit';

/** One admin action on a dead letter: who, when, what, and how it ended. */
export interface DeadLetterAuditEntry {
  action: 'replay' | 'delete';
  deadLetterId: string;
  eventId?: string;
  eventType?: string;
  handler?: string;
  outcome: 'done' | 'not_found' | 'failed';
  by: { clientId: string; institutionId: string };
  at: Date;
}

/**
 * The record of replays and deletions, kept in the service's own database (append only; nothing in
 * the API removes it) and logged. Written before the answer goes back, so an action that reports
 * success is on record.
 */
@Injectable()
export class DeadLetterAudit {
  private readonly logger = new Logger('DeadLetterAudit');

  constructor(@InjectConnection() private readonly connection: Connection) {}

  async record(caller: Caller, entry: Omit<DeadLetterAuditEntry, 'by' | 'at'>): Promise<void> {
    const full: DeadLetterAuditEntry = {
      ...entry,
      by: { clientId: caller.clientId, institutionId: caller.institutionId },
      at: new Date(),
    };
    await nativeCollection<DeadLetterAuditEntry>(this.connection, DEAD_LETTER_AUDIT_COLLECTION).insertOne(
      full,
    );
    this.logger.log({ msg: 'dead letter admin action', ...full, at: full.at.toISOString() });
  }

  /** The latest entries first (for tests and operators' scripts; not exposed over the API). */
  recent(limit = 100): Promise<DeadLetterAuditEntry[]> {
    return nativeCollection<DeadLetterAuditEntry>(this.connection, DEAD_LETTER_AUDIT_COLLECTION)
      .find({}, { projection: { _id: 0 } })
      .sort({ _id: -1 })
      .limit(limit)
      .toArray();
  }
}
