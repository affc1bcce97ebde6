import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { InstitutionCopyModule } from '@elo/institution-copy';
import { ActivityHandler } from './activities/activity.handler';
import { ActivityRepository } from './activities/activity.repository';
import { ActivityRecord, ActivitySchema } from './activities/activity.schema';
import { ActivityService } from './activities/activity.service';
import { DashboardHandler } from './dashboard/dashboard.handler';
import { DashboardService } from './dashboard/dashboard.service';
import { EvidenceEventsHandler } from './evidence/evidence-events.handler';
import { EvidenceHandler } from './evidence/evidence.handler';
import { EvidenceRecorder } from './evidence/evidence.recorder';
import { EvidenceRepository } from './evidence/evidence.repository';
import { EvidenceEntryRecord, EvidenceEntrySchema } from './evidence/evidence.schema';
import { EvidenceService } from './evidence/evidence.service';
import { OverdueChecker } from './overdue/overdue.checker';
import { OverdueScheduler } from './overdue/overdue.scheduler';
import { ApprovalApplier } from './reports/approval-applier';
import { ApprovalResumer } from './reports/approval-resumer';
import { ReportHandler } from './reports/report.handler';
import { ReportRepository } from './reports/report.repository';
import { ReportRecord, ReportSchema } from './reports/report.schema';
import { ReportService } from './reports/report.service';
import { PlanSeeder } from './seed/plan.seeder';
import { ActionRecord, ActionSchema } from './structure/action.schema';
import { AxisRecord, AxisSchema } from './structure/axis.schema';
import { StructureHandler } from './structure/structure.handler';
import { StructureRepository } from './structure/structure.repository';

/** Collections whose documents carry an outbox (the relay publishes from them). */
export const PLAN_OUTBOX_COLLECTIONS = ['activities', 'reports'];

@Module({
  imports: [
    InstitutionCopyModule,
    MongooseModule.forFeature([
      { name: AxisRecord.name, schema: AxisSchema },
      { name: ActionRecord.name, schema: ActionSchema },
      { name: ActivityRecord.name, schema: ActivitySchema },
      { name: ReportRecord.name, schema: ReportSchema },
      { name: EvidenceEntryRecord.name, schema: EvidenceEntrySchema },
    ]),
  ],
  controllers: [StructureHandler, ActivityHandler, ReportHandler, EvidenceHandler, DashboardHandler],
  providers: [
    StructureRepository,
    ActivityRepository,
    ActivityService,
    ReportRepository,
    ReportService,
    ApprovalApplier,
    ApprovalResumer,
    DashboardService,
    EvidenceRepository,
    EvidenceService,
    EvidenceRecorder,
    EvidenceEventsHandler,
    OverdueChecker,
    OverdueScheduler,
    PlanSeeder,
  ],
})
export class PlanModule {}
