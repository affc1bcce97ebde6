import { Controller, Logger } from '@nestjs/common';
import type { Caller, RpcPattern, RpcRequest, RpcResponse } from '@elo/contracts';
import { RpcHandler } from '@elo/messaging';
import { AuditLog } from './audit/audit.log';
import { AuditRelay } from './audit/audit-relay';
import { CaseExportService } from './cases/case-export.service';
import { CaseLookupService } from './cases/case-lookup.service';
import { CaseService } from './cases/case.service';
import { ConsentService } from './cases/consent.service';
import { KeyRotation } from './crypto/key-rotation';
import { ReferralService } from './referrals/referral.service';
import { StatisticsService } from './statistics/statistics.service';

type Req<P extends RpcPattern> = RpcRequest<P>;
type Res<P extends RpcPattern> = Promise<RpcResponse<P>>;

/** Every handler receives the verified caller; no institution id is ever taken from the request. */
@Controller()
export class ReferralsHandler {
  private readonly logger = new Logger('ReferralsHandler');

  constructor(
    private readonly cases: CaseService,
    private readonly exports: CaseExportService,
    private readonly consents: ConsentService,
    private readonly lookups: CaseLookupService,
    private readonly referrals: ReferralService,
    private readonly statistics: StatisticsService,
    private readonly audit: AuditLog,
    private readonly relay: AuditRelay,
    private readonly keys: KeyRotation,
  ) {}

  @RpcHandler('referrals.case.create')
  createCase(input: Req<'referrals.case.create'>, caller: Caller): Res<'referrals.case.create'> {
    return this.cases.create(input, caller);
  }

  @RpcHandler('referrals.case.get')
  getCase(input: Req<'referrals.case.get'>, caller: Caller): Res<'referrals.case.get'> {
    return this.cases.get(input.id, caller);
  }

  @RpcHandler('referrals.case.identifiers')
  caseIdentifiers(
    input: Req<'referrals.case.identifiers'>,
    caller: Caller,
  ): Res<'referrals.case.identifiers'> {
    return this.cases.identifiers(input.id, input.purpose, caller);
  }

  @RpcHandler('referrals.case.consent')
  changeConsent(input: Req<'referrals.case.consent'>, caller: Caller): Res<'referrals.case.consent'> {
    return this.consents.change(input.id, input.consent, caller);
  }

  @RpcHandler('referrals.case.lookup')
  lookup(input: Req<'referrals.case.lookup'>, caller: Caller): Res<'referrals.case.lookup'> {
    return this.lookups.lookup(input, caller);
  }

  @RpcHandler('referrals.case.export')
  exportCase(input: Req<'referrals.case.export'>, caller: Caller): Res<'referrals.case.export'> {
    return this.exports.export(input.id, caller);
  }

  @RpcHandler('referrals.referral.send')
  send(input: Req<'referrals.referral.send'>, caller: Caller): Res<'referrals.referral.send'> {
    return this.referrals.send(input, caller);
  }

  @RpcHandler('referrals.referral.get')
  get(input: Req<'referrals.referral.get'>, caller: Caller): Res<'referrals.referral.get'> {
    return this.referrals.get(input.id, caller);
  }

  @RpcHandler('referrals.referral.identifiers')
  identifiers(
    input: Req<'referrals.referral.identifiers'>,
    caller: Caller,
  ): Res<'referrals.referral.identifiers'> {
    return this.referrals.identifiers(input.id, input.purpose, caller);
  }

  @RpcHandler('referrals.referral.transition')
  transition(
    input: Req<'referrals.referral.transition'>,
    caller: Caller,
  ): Res<'referrals.referral.transition'> {
    return this.referrals.transition(input.id, input.transition, caller);
  }

  @RpcHandler('referrals.referral.inbox')
  inbox(input: Req<'referrals.referral.inbox'>, caller: Caller): Res<'referrals.referral.inbox'> {
    return this.referrals.box('inbox', input, caller);
  }

  @RpcHandler('referrals.referral.outbox')
  outbox(input: Req<'referrals.referral.outbox'>, caller: Caller): Res<'referrals.referral.outbox'> {
    return this.referrals.box('outbox', input, caller);
  }

  @RpcHandler('referrals.statistics')
  stats(input: Req<'referrals.statistics'>): Res<'referrals.statistics'> {
    return this.statistics.table(input);
  }

  @RpcHandler('referrals.audit.verify')
  async verify(): Res<'referrals.audit.verify'> {
    // What took effect but is not chained yet is chained first, so the report covers it; a relay
    // that cannot run now (its job retries) must not keep the chain's integrity from being checked.
    await this.relay.drain().catch((error: unknown) => {
      this.logger.warn({ msg: 'audit relay before verify failed', error: String(error) });
    });
    return this.audit.verify();
  }

  @RpcHandler('referrals.keys.rotate')
  rotate(input: Req<'referrals.keys.rotate'>, caller: Caller): Res<'referrals.keys.rotate'> {
    return this.keys.rotate(input.newFieldKey, caller);
  }
}
