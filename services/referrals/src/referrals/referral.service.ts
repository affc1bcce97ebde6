import { Inject, Injectable } from '@nestjs/common';
import { Types } from 'mongoose';
import {
  DomainError,
  URGENCY_HOURS,
  type Caller,
  type Identifiers,
  type Page,
  type Referral,
  type ReferralBoxQuery,
  type ReferralTransition,
  type SendReferral,
} from '@elo/contracts';
import { Outbox } from '@elo/events';
import { InstitutionCopyRepository } from '@elo/institution-copy';
import { institutionScope, writeAtVersion } from '@elo/persistence';
import { pendingAudit } from '../audit/audit-outbox';
import { AuditLog } from '../audit/audit.log';
import { AuditRelay } from '../audit/audit-relay';
import { CaseRepository } from '../cases/case.repository';
import { refuseErased } from '../cases/erased-identifiers';
import { CLOCK, type Clock } from '../common/clock';
import { IdentifierCipher } from '../crypto/identifier-cipher';
import { SharingDecider } from '../sharing/sharing-decider';
import { isGrounded } from '../sharing/sharing-rule';
import { referralEvent } from './referral-events';
import { transitionRule } from './lifecycle';
import { ReferralRepository, toReferral, type ReferralRow } from './referral.repository';

const HOUR_MS = 3_600_000;
const notFound = (id: string) => new DomainError('REFERRAL.NOT_FOUND', `Referral ${id} not found`);
const EVENT_OF = {
  accepted: 'referral.accepted',
  rejected: 'referral.rejected',
  completed: 'referral.completed',
  revoked: 'referral.revoked',
} as const;

@Injectable()
export class ReferralService {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly cases: CaseRepository,
    private readonly institutions: InstitutionCopyRepository,
    private readonly decider: SharingDecider,
    private readonly cipher: IdentifierCipher,
    private readonly audit: AuditLog,
    private readonly relay: AuditRelay,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async send(input: SendReferral, caller: Caller): Promise<Referral> {
    const found = await this.cases.get(institutionScope(caller.institutionId), input.caseId);
    if (!found) throw new DomainError('REFERRAL.CASE_NOT_FOUND', `Case ${input.caseId} not found`);
    const kinds = await this.institutions.kinds([input.receiverInstitutionId]);
    if (!kinds.has(input.receiverInstitutionId) || input.receiverInstitutionId === caller.institutionId) {
      throw new DomainError(
        'REFERRAL.UNKNOWN_INSTITUTION',
        'The receiver must be another institution of the directory',
      );
    }
    const now = this.clock.now();
    const sharing = await this.decider.decide(
      found.consent,
      caller.institutionId,
      input.receiverInstitutionId,
      now,
    );
    const id = new Types.ObjectId();
    const doc = {
      _id: id,
      caseId: input.caseId,
      senderInstitutionId: caller.institutionId,
      receiverInstitutionId: input.receiverInstitutionId,
      service: input.service,
      urgency: input.urgency,
      status: 'sent' as const,
      sentAt: now,
      deadline: new Date(now.getTime() + URGENCY_HOURS[input.urgency] * HOUR_MS),
      sharing,
      ...(input.note ? { note: input.note } : {}),
    };
    const row = await this.referrals.create(
      doc,
      [referralEvent(this.outbox, 'referral.sent', String(id), doc, now)],
      pendingAudit(caller, { action: 'referral.sent', caseId: input.caseId, referralId: String(id) }),
    );
    await this.relay.settleAfterWrite('referrals', id);
    return this.withCore(row);
  }

  async get(id: string, caller: Caller): Promise<Referral> {
    const row = await this.referrals.findVisible(id, caller);
    if (!row) throw notFound(id);
    return this.withCore(row);
  }

  /**
   * The sender (owner) always; the receiver only when the recorded decision shares them. A read:
   * audited first, then served.
   */
  async identifiers(id: string, purpose: string, caller: Caller): Promise<Identifiers> {
    const row = await this.referrals.findVisible(id, {
      ...caller,
      roles: caller.roles.filter((r) => r !== 'coordinator'),
    });
    if (!row) throw notFound(id);
    const isSender = row.senderInstitutionId === caller.institutionId;
    if (!isSender && !row.sharing.identifiers) {
      throw new DomainError('REFERRAL.IDENTIFIERS_NOT_SHARED', `Referral ${id}: ${row.sharing.reason}`);
    }
    const held = await this.cases.heldAcrossInstitutions(row.caseId);
    if (!held) throw notFound(id);
    // The consent as it stands now, not as it was when the decision was recorded: a withdrawal takes
    // effect at once, even while the referrals' decisions are being made again.
    if (!isSender && !isGrounded(held.consent)) {
      throw new DomainError('REFERRAL.IDENTIFIERS_NOT_SHARED', `Referral ${id}: consent_withdrawn`);
    }
    // After the access checks: whether a case's identifiers were erased is for those who may read them.
    refuseErased(row.caseId, held.identifiersErasedAt);
    const sealed = held.identifiers;
    await this.audit.append(caller, {
      action: 'referral.identifiers-read',
      caseId: row.caseId,
      referralId: id,
      purpose,
    });
    return this.cipher.open(row.caseId, sealed);
  }

  transition(id: string, t: ReferralTransition, caller: Caller): Promise<Referral> {
    const rule = transitionRule(t.to);
    return writeAtVersion({
      what: `Referral ${id}`,
      read: async () => {
        // Parties only: a coordinator sees referrals but does not act on them.
        const row = await this.referrals.findVisible(id, { ...caller, roles: [] });
        if (!row) throw notFound(id);
        return row;
      },
      version: (row) => row.__v,
      write: async (row) => {
        const party = rule.by === 'sender' ? row.senderInstitutionId : row.receiverInstitutionId;
        if (party !== caller.institutionId) {
          throw new DomainError(
            rule.by === 'sender' ? 'REFERRAL.NOT_SENDER' : 'REFERRAL.NOT_RECEIVER',
            `Only the ${rule.by} may do this`,
          );
        }
        if (!rule.from.includes(row.status)) {
          throw new DomainError(
            'REFERRAL.INVALID_TRANSITION',
            `Referral ${id} is ${row.status}: it cannot become ${t.to}`,
          );
        }
        const at = this.clock.now();
        const after = { ...row, status: t.to };
        const type = t.to === 'in_progress' ? null : EVENT_OF[t.to];
        const events = type ? [referralEvent(this.outbox, type, id, after, at)] : [];
        const entry = {
          from: row.status,
          to: t.to,
          at,
          clientId: caller.clientId,
          institutionId: caller.institutionId,
        };
        const extra = 'reason' in t ? { reason: t.reason } : 'outcome' in t ? { outcome: t.outcome } : {};
        const audit = pendingAudit(caller, {
          action: 'referral.transitioned',
          caseId: row.caseId,
          referralId: id,
        });
        const written = await this.referrals.write(
          row._id,
          row.__v,
          { $set: { status: t.to, ...extra }, $push: { transitions: entry } },
          events,
          [audit],
        );
        if (!written) return null;
        await this.relay.settleAfterWrite('referrals', row._id);
        return this.withCore(written);
      },
    });
  }

  async box(side: 'inbox' | 'outbox', q: ReferralBoxQuery, caller: Caller): Promise<Page<Referral>> {
    const now = this.clock.now();
    const page = await this.referrals.box(side, caller, q, now);
    return { items: page.items.map((row: ReferralRow) => toReferral(row, now)), nextCursor: page.nextCursor };
  }

  private async withCore(row: ReferralRow): Promise<Referral> {
    const core = await this.cases.coreAcrossInstitutions(row.caseId);
    return { ...toReferral(row, this.clock.now()), ...(core ? { core } : {}) };
  }
}
