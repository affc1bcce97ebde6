import { type DynamicModule, Module } from '@nestjs/common';
import { JetStreamModule, JetStreamReadiness } from '@elo/events';
import { ObservabilityModule } from '@elo/observability';
import { MongoReadiness, PersistenceModule } from '@elo/persistence';
import { splitServers } from '@elo/runtime';
import { ClientsModule } from './clients/clients.module';
import { DIRECTORY_CONFIG, type DirectoryConfig } from './config';
import { ReadinessHandler } from './health/readiness.handler';
import { InstitutionsModule } from './institutions/institutions.module';
import { PeopleModule } from './people/people.module';

@Module({})
export class DirectoryModule {
  static forRoot(config: DirectoryConfig): DynamicModule {
    return {
      module: DirectoryModule,
      global: true,
      imports: [
        PersistenceModule.forRoot({
          mongoUrl: config.MONGO_URL,
          dbName: `${config.ELO_DB_PREFIX}-directory`,
        }),
        JetStreamModule.forRoot({
          service: 'directory',
          servers: splitServers(config.NATS_URL),
          outboxCollections: ['institutions'],
        }),
        ObservabilityModule.forRoot({
          service: 'directory',
          readiness: [MongoReadiness, JetStreamReadiness],
        }),
        InstitutionsModule,
        ClientsModule,
        PeopleModule,
      ],
      controllers: [ReadinessHandler],
      providers: [{ provide: DIRECTORY_CONFIG, useValue: config }],
      exports: [DIRECTORY_CONFIG],
    };
  }
}
