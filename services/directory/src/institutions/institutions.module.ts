import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { InstitutionHandler } from './institution.handler';
import { InstitutionRepository } from './institution.repository';
import { InstitutionRecord, InstitutionSchema } from './institution.schema';
import { InstitutionSeeder } from './institution.seeder';
import { InstitutionService } from './institution.service';

@Module({
  imports: [MongooseModule.forFeature([{ name: InstitutionRecord.name, schema: InstitutionSchema }])],
  controllers: [InstitutionHandler],
  providers: [InstitutionRepository, InstitutionService, InstitutionSeeder],
  // The clients module checks that an institution exists before giving it a client.
  exports: [InstitutionService],
})
export class InstitutionsModule {}
