import { Inject, Injectable } from '@nestjs/common';
import type { Caller, CaseExport } from '@elo/contracts';
import { institutionScope } from '@elo/persistence';
import { AuditLog } from '../audit/audit.log';
import { AuditRelay } from '../audit/audit-relay';
import { CLOCK, type Clock } from '../common/clock';
import { ReferralRepository, toReferral } from '../referrals/referral.repository';
import { CaseRepository } from './case.repository';
import { CaseService } from './case.service';

/** LGPD art. 18: everything held on one case, for the institution that owns it. The export is audited. */
@Injectable()
export class CaseExportService {
  constructor(
    private readonly cases: CaseService,
    private readonly repository: CaseRepository,
    private readonly referrals: ReferralRepository,
    private readonly audit: AuditLog,
    private readonly relay: AuditRelay,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async export(id: string, caller: Caller): Promise<CaseExport> {
    const owned = await this.cases.get(id, caller);
    // Entries a dying process left on the case or its referrals are chained first, in their place
    // before this export's own line: the export lists every action that took effect.
    await this.relay.settleCase(id);
    await this.audit.append(caller, { action: 'case.exported', caseId: id, purpose: 'LGPD art. 18 export' });
    // Once erased, the export says so (`case.identifiersErasedAt`) instead of failing on the read.
    const identifiers = owned.identifiersErasedAt
      ? {}
      : await this.cases.identifiers(id, 'LGPD art. 18 export', caller);
    const now = this.clock.now();
    const referrals = (await this.referrals.forCase(id, caller.institutionId)).map((r) => toReferral(r, now));
    const audit = (await this.audit.forCase(id)).map((e) => ({
      position: e._id,
      at: e.at.toISOString(),
      action: e.action,
      clientId: e.clientId,
      ...(e.purpose ? { purpose: e.purpose } : {}),
    }));
    const consentHistory = await this.repository.consentHistory(institutionScope(caller.institutionId), id);
    return { case: owned, consentHistory, identifiers, referrals, audit };
  }
}
