import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { METRICS_REGISTRY, MetricsController, createMetricsRegistry } from './metrics';
import { READINESS_CHECKS, type ReadinessCheck } from './readiness';

export interface ObservabilityOptions {
  service: string;
  /** Classes implementing ReadinessCheck; their own dependencies must come from global modules. */
  readiness: Type<ReadinessCheck>[];
}

@Module({})
export class ObservabilityModule {
  static forRoot(options: ObservabilityOptions): DynamicModule {
    return {
      module: ObservabilityModule,
      global: true,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController, MetricsController],
      providers: [
        ...options.readiness,
        { provide: METRICS_REGISTRY, useValue: createMetricsRegistry(options.service) },
        {
          provide: READINESS_CHECKS,
          useFactory: (...checks: ReadinessCheck[]) => checks,
          inject: options.readiness,
        },
      ],
      exports: [METRICS_REGISTRY, READINESS_CHECKS],
    };
  }
}
