import { Inject, Injectable } from '@nestjs/common';
import type { Caller, CaseLookup, CaseLookupResult } from '@elo/contracts';
import { institutionScope } from '@elo/persistence';
import { AuditLog } from '../audit/audit.log';
import { CLOCK, type Clock } from '../common/clock';
import { IdentifierCipher } from '../crypto/identifier-cipher';
import { ReferralRepository, toReferral } from '../referrals/referral.repository';
import { CaseRepository } from './case.repository';

/**
 * Finds the caller's own earlier cases of one person. The CPF or passport is turned into its keyed
 * blind index (HMAC under the index key, bound to the caller's institution), and only that is queried:
 * the plaintext never reaches the database, and another institution's cases cannot match, since their
 * indexes are bound to their owner. Every lookup is audited with its purpose, matched or not, and
 * before its answer is served: a read writes nothing the entry could ride on.
 */
@Injectable()
export class CaseLookupService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly referrals: ReferralRepository,
    private readonly cipher: IdentifierCipher,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async lookup(q: CaseLookup, caller: Caller): Promise<CaseLookupResult> {
    const owner = caller.institutionId;
    const indexes = await this.cipher.indexes(
      owner,
      q.by === 'cpf' ? { cpf: q.cpf } : { passport: q.passport },
    );
    const index = indexes[q.by];
    const found = index ? await this.cases.findByIndex(institutionScope(owner), q.by, index) : [];
    if (!found.length) await this.audit.append(caller, { action: 'case.looked-up', purpose: q.purpose });
    for (const c of found)
      await this.audit.append(caller, { action: 'case.looked-up', caseId: c.id, purpose: q.purpose });
    const now = this.clock.now();
    const items = [];
    for (const c of found) {
      const referrals = (await this.referrals.forCase(c.id, owner)).map((row) => toReferral(row, now));
      items.push({ case: c, referrals });
    }
    return { items };
  }
}
