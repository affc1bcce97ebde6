import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { InstitutionCopyModule } from '@elo/institution-copy';
import { AgreementCopy, AgreementCopyRecord, AgreementCopySchema } from './agreements/agreement-copy';
import { AuditLog } from './audit/audit.log';
import { AuditRelay } from './audit/audit-relay';
import { AuditRelayJob } from './audit/audit-relay.job';
import { AuditRecord, AuditSchema } from './audit/audit.schema';
import { CaseExportService } from './cases/case-export.service';
import { CaseLookupService } from './cases/case-lookup.service';
import { CaseRepository } from './cases/case.repository';
import { CaseRecord, CaseSchema } from './cases/case.schema';
import { CaseService } from './cases/case.service';
import { ConsentService } from './cases/consent.service';
import { Retention } from './cases/retention';
import { RetentionJob } from './cases/retention.job';
import { SharingReview } from './cases/sharing-review';
import { SharingReviewJob } from './cases/sharing-review.job';
import { DataKeyDoc, DataKeySchema, MongoDataKeyStore } from './crypto/data-key.store';
import { IdentifierCipher } from './crypto/identifier-cipher';
import { KeyRotation } from './crypto/key-rotation';
import { Reencryption } from './crypto/reencryption';
import { ReferralsHandler } from './referrals.handler';
import { OverdueJob } from './referrals/overdue.job';
import { ReferralRepository } from './referrals/referral.repository';
import { ReferralRecord, ReferralSchema } from './referrals/referral.schema';
import { ReferralService } from './referrals/referral.service';
import { SharingDecider } from './sharing/sharing-decider';
import { StatisticsService } from './statistics/statistics.service';

/** Collections whose documents carry an outbox (the relay publishes from them). */
export const REFERRALS_OUTBOX_COLLECTIONS = ['referrals'];

@Module({
  imports: [
    InstitutionCopyModule,
    MongooseModule.forFeature([
      { name: CaseRecord.name, schema: CaseSchema },
      { name: ReferralRecord.name, schema: ReferralSchema },
      { name: AuditRecord.name, schema: AuditSchema },
      { name: DataKeyDoc.name, schema: DataKeySchema },
      { name: AgreementCopyRecord.name, schema: AgreementCopySchema },
    ]),
  ],
  controllers: [ReferralsHandler],
  providers: [
    MongoDataKeyStore,
    IdentifierCipher,
    Reencryption,
    KeyRotation,
    AuditLog,
    AuditRelay,
    AuditRelayJob,
    AgreementCopy,
    CaseRepository,
    CaseService,
    CaseExportService,
    ConsentService,
    SharingReview,
    SharingReviewJob,
    Retention,
    RetentionJob,
    CaseLookupService,
    SharingDecider,
    ReferralRepository,
    ReferralService,
    OverdueJob,
    StatisticsService,
  ],
})
export class ReferralsFeatureModule {}
