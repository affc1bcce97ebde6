import { Module } from '@nestjs/common';
import { InstitutionCopyModule } from '@elo/institution-copy';
import { MongooseModule } from '@nestjs/mongoose';
import { CertificateHandler } from './certificates/certificate.handler';
import { CertificateRepository } from './certificates/certificate.repository';
import { CertificateRecord, CertificateSchema } from './certificates/certificate.schema';
import { CertificateService } from './certificates/certificate.service';
import { CompletionService } from './certificates/completion.service';
import { RateLimiter, RateWindowRecord, RateWindowSchema } from './certificates/rate-limit';
import { PlanCodes } from './common/plan-codes';
import { ReferenceChecker } from './common/reference-checker';
import { CurriculumHandler } from './curriculum/module.handler';
import { CurriculumModuleRecord, CurriculumModuleSchema } from './curriculum/module.schema';
import { CurriculumService } from './curriculum/module.service';
import { AttendanceService } from './enrolments/attendance.service';
import { EnrolmentHandler } from './enrolments/enrolment.handler';
import { EnrolmentRepository } from './enrolments/enrolment.repository';
import { EnrolmentRecord, EnrolmentSchema } from './enrolments/enrolment.schema';
import { EnrolmentService } from './enrolments/enrolment.service';
import { ImportService } from './enrolments/import.service';
import { TrainingEventHandler } from './events/event.handler';
import { TrainingEventUpdateService } from './events/event-update.service';
import { TrainingEventRepository } from './events/event.repository';
import { TrainingEventRecord, TrainingEventSchema } from './events/event.schema';
import { TrainingEventService } from './events/event.service';
import { ExpertHandler } from './experts/expert.handler';
import { ExpertRecord, ExpertSchema } from './experts/expert.schema';
import { ExpertService } from './experts/expert.service';
import {
  PartnershipCopy,
  PartnershipCopyRecord,
  PartnershipCopySchema,
} from './partnerships/partnership-copy';
import { TrainingReportHandler } from './reports/report.handler';
import { TrainingSeeder } from './seed/training.seeder';

/** Collections whose documents carry an outbox (the relay publishes from them). */
export const TRAINING_OUTBOX_COLLECTIONS = ['training_events'];

@Module({
  imports: [
    InstitutionCopyModule,
    MongooseModule.forFeature([
      { name: TrainingEventRecord.name, schema: TrainingEventSchema },
      { name: EnrolmentRecord.name, schema: EnrolmentSchema },
      { name: CertificateRecord.name, schema: CertificateSchema },
      { name: CurriculumModuleRecord.name, schema: CurriculumModuleSchema },
      { name: ExpertRecord.name, schema: ExpertSchema },
      { name: RateWindowRecord.name, schema: RateWindowSchema },
      { name: PartnershipCopyRecord.name, schema: PartnershipCopySchema },
    ]),
  ],
  controllers: [
    CurriculumHandler,
    ExpertHandler,
    TrainingEventHandler,
    EnrolmentHandler,
    CertificateHandler,
    TrainingReportHandler,
  ],
  providers: [
    CurriculumService,
    ExpertService,
    ReferenceChecker,
    PlanCodes,
    PartnershipCopy,
    TrainingEventRepository,
    TrainingEventService,
    TrainingEventUpdateService,
    EnrolmentRepository,
    EnrolmentService,
    ImportService,
    AttendanceService,
    CertificateRepository,
    CertificateService,
    CompletionService,
    RateLimiter,
    TrainingSeeder,
  ],
})
export class TrainingModule {}
