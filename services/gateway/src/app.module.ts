import { type DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { RpcClientModule } from '@elo/messaging';
import { ObservabilityModule } from '@elo/observability';
import { splitServers } from '@elo/runtime';
import { DeadLettersController } from './admin/dead-letters.controller';
import { AsyncApiController } from './asyncapi/asyncapi.controller';
import { AuthModule } from './auth/auth.module';
import type { GatewayConfig } from './config';
import { GatewayHealthController } from './health/health.controller';
import { RouteInputCheck } from './http/route-input.check';
import { InstitutionsController } from './institutions/institutions.controller';
import { NotificationsController } from './notifications/notifications.controller';
import { PartnershipsController } from './partnerships/partnerships.controller';
import { PlanActivitiesController } from './plan/plan-activities.controller';
import { PlanController } from './plan/plan.controller';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { AuditController } from './referrals/audit.controller';
import { CasesController } from './referrals/cases.controller';
import { ReferralsController } from './referrals/referrals.controller';
import { CertificatesController } from './training/certificates.controller';
import { TrainingCatalogController } from './training/training-catalog.controller';
import { TrainingEventsController } from './training/training-events.controller';
import { TrainingParticipantsController } from './training/training-participants.controller';

@Module({})
export class GatewayModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        RpcClientModule.forRoot({
          servers: splitServers(config.NATS_URL),
          name: 'gateway',
          timeoutMs: config.RPC_TIMEOUT_MS,
          connectTimeoutMs: config.NATS_CONNECT_TIMEOUT_MS,
        }),
        ObservabilityModule.forRoot({ service: 'gateway', readiness: [] }),
        RateLimitModule.forRoot(config),
        AuthModule.forRoot(config),
        DiscoveryModule,
      ],
      providers: [RouteInputCheck],
      controllers: [
        GatewayHealthController,
        InstitutionsController,
        PlanController,
        PlanActivitiesController,
        PartnershipsController,
        NotificationsController,
        DeadLettersController,
        AsyncApiController,
        TrainingCatalogController,
        TrainingEventsController,
        TrainingParticipantsController,
        CertificatesController,
        CasesController,
        ReferralsController,
        AuditController,
      ],
    };
  }
}
