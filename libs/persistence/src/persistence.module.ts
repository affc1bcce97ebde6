import { type DynamicModule, Injectable, Module } from '@nestjs/common';
import { InjectConnection, MongooseModule } from '@nestjs/mongoose';
import { ConnectionStates, type Connection } from 'mongoose';
import type { ReadinessCheck } from '@elo/observability';

export interface PersistenceOptions {
  mongoUrl: string;
  /** Each service owns its database; no service reads another's collections. */
  dbName: string;
}

@Module({})
export class PersistenceModule {
  static forRoot(options: PersistenceOptions): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [
        MongooseModule.forRoot(options.mongoUrl, {
          dbName: options.dbName,
          serverSelectionTimeoutMS: 10_000,
          autoIndex: true,
          // Fail fast instead of queueing operations forever while MongoDB is down.
          bufferCommands: false,
          // Operator objects that arrive in values are matched as values ({ $eq }); a repository's own
          // operators are wrapped in mongoose.trusted().
          sanitizeFilter: true,
        }),
      ],
    };
  }
}

@Injectable()
export class MongoReadiness implements ReadinessCheck {
  readonly name = 'mongodb';
  constructor(@InjectConnection() private readonly connection: Connection) {}

  async isReady(): Promise<boolean> {
    if (this.connection.readyState !== ConnectionStates.connected || !this.connection.db) return false;
    await this.connection.db.admin().ping();
    return true;
  }
}
