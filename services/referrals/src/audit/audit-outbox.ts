import { randomUUID } from 'node:crypto';
import { SchemaTypes, type Schema } from 'mongoose';
import { SYSTEM_INSTITUTION_ID, type Caller } from '@elo/contracts';
import type { AuditAction, SystemActor } from './audit.schema';

/** The array on a case or referral that holds audit entries written with the change they describe. */
export const AUDIT_OUTBOX_FIELD = 'auditOutbox';

/** For the aggregate's schema: `@Prop(AUDIT_OUTBOX_PROP) auditOutbox!: PendingAudit[];` */
export const AUDIT_OUTBOX_PROP = { type: [SchemaTypes.Mixed], default: [] };

export interface AuditFact {
  action: AuditAction;
  caseId?: string;
  referralId?: string;
  purpose?: string;
  detail?: string;
}

/** Who a line names: the verified caller, or the service itself for a write no caller made. */
export type AuditActor = Pick<Caller, 'clientId' | 'institutionId'>;

export function systemActor(clientId: SystemActor): AuditActor {
  return { clientId, institutionId: SYSTEM_INSTITUTION_ID };
}

/**
 * An audit entry stored in the same document write as the action it describes, waiting to be chained.
 * `id` becomes the chained entry's `key`: the relay appends it at most once, however often it retries.
 */
export interface PendingAudit extends AuditFact {
  id: string;
  at: Date;
  clientId: string;
  institutionId: string;
}

export function pendingAudit(actor: AuditActor, fact: AuditFact, at = new Date()): PendingAudit {
  return {
    id: randomUUID(),
    at,
    clientId: actor.clientId,
    institutionId: actor.institutionId,
    ...fact,
  };
}

/** `$push`es the entries onto the document's audit outbox in the same update (as `appendEvents` does). */
export function pushAudit<U extends object>(update: U, entries: readonly PendingAudit[]): U {
  if (!entries.length) return update;
  const existing = (update as { $push?: Record<string, unknown> }).$push;
  return { ...update, $push: { ...existing, [AUDIT_OUTBOX_FIELD]: { $each: [...entries] } } };
}

/** The index the relay's "documents with entries to chain" query uses. */
export function indexAuditOutbox(schema: Schema): void {
  schema.index({ [`${AUDIT_OUTBOX_FIELD}.id`]: 1 }, { sparse: true, name: 'audit_outbox_pending' });
}
