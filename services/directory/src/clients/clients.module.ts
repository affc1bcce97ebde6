import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { InstitutionRecord, InstitutionSchema } from '../institutions/institution.schema';
import { ApiClientHandler } from './api-client.handler';
import { ApiClientRepository } from './api-client.repository';
import { ApiClientRecord, ApiClientSchema } from './api-client.schema';
import { ApiClientService } from './api-client.service';
import { InstitutionLookup } from './institution-lookup';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: ApiClientRecord.name, schema: ApiClientSchema },
      { name: InstitutionRecord.name, schema: InstitutionSchema },
    ]),
  ],
  controllers: [ApiClientHandler],
  providers: [ApiClientRepository, ApiClientService, InstitutionLookup],
})
export class ClientsModule {}
