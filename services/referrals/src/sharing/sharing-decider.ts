import { Injectable } from '@nestjs/common';
import type { ConsentChange, SharingDecision } from '@elo/contracts';
import { InstitutionCopyRepository } from '@elo/institution-copy';
import { AgreementCopy } from '../agreements/agreement-copy';
import { todayUtc } from '../common/clock';
import { agreementCoversIdentifiers, decideSharing } from './sharing-rule';

/**
 * The sharing rule applied to the facts as they stand: the receiver's kind (from the directory's copy)
 * and the agreements in force between the two institutions today. Used when a referral is sent, and
 * again for every referral of a case whose consent changes.
 */
@Injectable()
export class SharingDecider {
  constructor(
    private readonly institutions: InstitutionCopyRepository,
    private readonly agreements: AgreementCopy,
  ) {}

  async decide(
    consent: ConsentChange,
    senderId: string,
    receiverId: string,
    now: Date,
  ): Promise<SharingDecision> {
    const kinds = await this.institutions.kinds([receiverId]);
    const agreements = await this.agreements.between(senderId, receiverId);
    return decideSharing({
      consent,
      receiverKind: kinds.get(receiverId),
      agreementInForce: agreementCoversIdentifiers(agreements, senderId, receiverId, todayUtc(now)),
    });
  }
}
