import { Module } from '@nestjs/common';
import { InstitutionCopyModule } from '@elo/institution-copy';
import { MongooseModule } from '@nestjs/mongoose';
import { PlanCodes } from './common/plan-codes';
import { CalendarChecker } from './expiry/calendar.checker';
import { CalendarScheduler } from './expiry/calendar.scheduler';
import { AgreementWriter } from './partnerships/agreement-writer';
import { AmendmentService } from './partnerships/amendment.service';
import { CommitmentService } from './partnerships/commitment.service';
import { PartnershipHandler } from './partnerships/partnership.handler';
import { PartnershipRepository } from './partnerships/partnership.repository';
import { PartnershipRecord, PartnershipSchema } from './partnerships/partnership.schema';
import { PartnershipService } from './partnerships/partnership.service';
import { ReferenceRules } from './partnerships/reference-rules';
import { PartnershipSeeder } from './seed/partnership.seeder';
import { SummaryService } from './summary/summary.service';

/** Collections whose documents carry an outbox (the relay publishes from them). */
export const PARTNERSHIPS_OUTBOX_COLLECTIONS = ['partnerships'];

@Module({
  imports: [
    InstitutionCopyModule,
    MongooseModule.forFeature([{ name: PartnershipRecord.name, schema: PartnershipSchema }]),
  ],
  controllers: [PartnershipHandler],
  providers: [
    PlanCodes,
    PartnershipRepository,
    ReferenceRules,
    AgreementWriter,
    PartnershipService,
    AmendmentService,
    CommitmentService,
    SummaryService,
    CalendarChecker,
    CalendarScheduler,
    PartnershipSeeder,
  ],
})
export class PartnershipsModule {}
