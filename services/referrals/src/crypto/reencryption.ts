import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { CaseRecord } from '../cases/case.schema';
import { keyIdOf } from './field-cipher';
import { IdentifierCipher, type SealedIdentifiers } from './identifier-cipher';

/**
 * After a new field key becomes active, re-seals each case's identifiers under it, one case at a time.
 * Each write is guarded by the ciphertexts it replaces: a case changed meanwhile is left for the next
 * run, and readers never stop (every ciphertext names its key, old and new ones open alike).
 */
@Injectable()
export class Reencryption {
  constructor(
    @InjectModel(CaseRecord.name) private readonly cases: Model<CaseRecord>,
    private readonly cipher: IdentifierCipher,
  ) {}

  async run(): Promise<{ reencrypted: number }> {
    const active = (await this.cipher.ring.activeFieldKey()).id;
    let reencrypted = 0;
    const rows = this.cases.find({}, { identifiers: 1, institutionId: 1 }).lean<{
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
      const result = await this.cases
        .updateOne({ _id: row._id, identifiers: sealed }, { $set: { identifiers: resealed.sealed } })
        .exec();
      reencrypted += result.modifiedCount;
    }
    return { reencrypted };
  }
}
