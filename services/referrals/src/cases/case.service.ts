import { Inject, Injectable } from '@nestjs/common';
import { Types } from 'mongoose';
import { DomainError, type Caller, type Case, type CreateCase, type Identifiers } from '@elo/contracts';
import { institutionScope } from '@elo/persistence';
import { pendingAudit } from '../audit/audit-outbox';
import { AuditLog } from '../audit/audit.log';
import { AuditRelay } from '../audit/audit-relay';
import { CLOCK, type Clock } from '../common/clock';
import { IdentifierCipher } from '../crypto/identifier-cipher';
import { CaseRepository } from './case.repository';
import { refuseErased } from './erased-identifiers';
import { refuseFutureConsent } from './consent.service';

const notFound = (id: string) => new DomainError('REFERRAL.CASE_NOT_FOUND', `Case ${id} not found`);

/** Cases of the caller's institution: the core in the clear, identifiers sealed, every access audited. */
@Injectable()
export class CaseService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly cipher: IdentifierCipher,
    private readonly audit: AuditLog,
    private readonly relay: AuditRelay,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(input: CreateCase, caller: Caller): Promise<Case> {
    refuseFutureConsent(input.consent, this.clock.now());
    const id = new Types.ObjectId();
    const scope = institutionScope(caller.institutionId);
    const { sealed, index } = await this.cipher.seal(
      String(id),
      caller.institutionId,
      input.identifiers ?? {},
    );
    const recordedBy = { clientId: caller.clientId, institutionId: caller.institutionId };
    const created = await this.cases.create(
      scope,
      {
        id,
        core: input.core,
        consent: { ...input.consent, recordedAt: this.clock.now().toISOString(), recordedBy },
        identifiers: sealed,
        blind: index,
      },
      pendingAudit(caller, { action: 'case.created', caseId: String(id) }),
    );
    await this.relay.settleAfterWrite('cases', id);
    return created;
  }

  async get(id: string, caller: Caller): Promise<Case> {
    const found = await this.cases.get(institutionScope(caller.institutionId), id);
    if (!found) throw notFound(id);
    return found;
  }

  /** A read: audited first, then served (nothing is written that the entry could ride on). */
  async identifiers(id: string, purpose: string, caller: Caller): Promise<Identifiers> {
    const held = await this.cases.sealed(institutionScope(caller.institutionId), id);
    if (!held) throw notFound(id);
    refuseErased(id, held.identifiersErasedAt);
    await this.audit.append(caller, { action: 'case.identifiers-read', caseId: id, purpose });
    return this.cipher.open(id, held.identifiers);
  }
}
