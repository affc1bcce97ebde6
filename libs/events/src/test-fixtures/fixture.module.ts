import { type DynamicModule, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import type { EventService } from '@elo/contracts';
import { JetStreamModule } from '../jetstream.module';
import type { BackboneTuning } from '../tuning';
import { FIXTURE_BEHAVIOUR, TallyHandler, type FixtureBehaviour } from './tally.handler';

export interface FixtureOptions {
  service: EventService;
  natsUrl: string;
  mongoUrl: string;
  dbName: string;
  /** Register the TallyHandler (a consumer of institution.created). */
  consume?: boolean;
  outboxCollections?: string[];
  tuning?: Partial<BackboneTuning>;
  behaviour?: Partial<FixtureBehaviour>;
}

/** A minimal service around the backbone, for integration tests and the crash test's child process. */
@Module({})
export class EventsFixtureModule {
  static forRoot(options: FixtureOptions): DynamicModule {
    return {
      module: EventsFixtureModule,
      imports: [
        MongooseModule.forRoot(options.mongoUrl, { dbName: options.dbName, bufferCommands: false }),
        JetStreamModule.forRoot({
          service: options.service,
          servers: [options.natsUrl],
          outboxCollections: options.outboxCollections,
          tuning: options.tuning,
        }),
      ],
      providers: [
        { provide: FIXTURE_BEHAVIOUR, useValue: { delayMs: 0, ...options.behaviour } },
        ...(options.consume ? [TallyHandler] : []),
      ],
    };
  }
}
