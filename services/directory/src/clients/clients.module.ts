import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ClientSecretHasher, clientSecretHasherFromEnv } from '@elo/messaging';
import { InstitutionsModule } from '../institutions/institutions.module';
import { ApiClientHandler } from './api-client.handler';
import { ApiClientRepository } from './api-client.repository';
import { ApiClientRecord, ApiClientSchema } from './api-client.schema';
import { ApiClientService } from './api-client.service';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: ApiClientRecord.name, schema: ApiClientSchema }]),
    InstitutionsModule,
  ],
  controllers: [ApiClientHandler],
  providers: [
    ApiClientRepository,
    ApiClientService,
    // ELO_CLIENT_SECRET_KEY, shared with the gateway; the directory refuses to start without it.
    { provide: ClientSecretHasher, useFactory: () => clientSecretHasherFromEnv() },
  ],
})
export class ClientsModule {}
