import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { pendingAudit, pushAudit, systemActor } from '../audit/audit-outbox';
import { AuditRelay } from '../audit/audit-relay';
import { CaseRecord } from '../cases/case.schema';
import { keyIdOf } from './field-cipher';
import { IdentifierCipher, type SealedIdentifiers } from './identifier-cipher';

/**
 * After a new field key becomes active, re-seals each case's identifiers under it, one case at a time.
 * Each write is guarded by the ciphertexts it replaces: a case changed meanwhile is left for the next
 * run, and readers never stop (every ciphertext names its key, old and new ones open alike).
 *
 * Each re-sealed case carries a `case.reencrypted` entry (by `system:reencryption`) in that same write,
 * rather than one line per run: re-sealing opens the victim's identifiers in the clear, which is an
 * access to that case its export must list. Rotations are rare, so one line per case is not noise.
 */
@Injectable()
export class Reencryption {
  constructor(
    @InjectModel(CaseRecord.name) private readonly cases: Model<CaseRecord>,
    private readonly cipher: IdentifierCipher,
    private readonly relay: AuditRelay,
  ) {}

  async run(): Promise<{ reencrypted: number }> {
    const active = (await this.cipher.ring.activeFieldKey()).id;
    const actor = systemActor('system:reencryption');
    let reencrypted = 0;
    // In `_id` order: a run that stops part-way has re-sealed the cases before the one it stopped at.
    const rows = this.cases.find({}, { identifiers: 1, institutionId: 1 }).sort({ _id: 1 }).lean<{
      _id: unknown;
      institutionId: string;
      identifiers: SealedIdentifiers;
    }>();
    for await (const row of rows.cursor()) {
      const sealed = row.identifiers;
      if (Object.values(sealed).every((v) => v === undefined || keyIdOf(v) === active)) continue;
      const caseId = String(row._id);
      const plain = await this.cipher.open(caseId, sealed);
      const resealed = await this.cipher.seal(caseId, row.institutionId, plain);
      const audit = pendingAudit(actor, { action: 'case.reencrypted', caseId });
      const result = await this.cases
        .updateOne(
          { _id: row._id, identifiers: sealed },
          pushAudit({ $set: { identifiers: resealed.sealed } }, [audit]),
          // The same identifiers under another key: not a change of the case, so its retention period
          // (counted from `updatedAt`) does not start again at every rotation.
          { timestamps: false },
        )
        .exec();
      if (!result.modifiedCount) continue;
      reencrypted++;
      await this.relay.settleAfterWrite('cases', caseId);
    }
    return { reencrypted };
  }
}
