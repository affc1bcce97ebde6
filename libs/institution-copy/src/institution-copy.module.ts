import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { InstitutionCopyRepository } from './institution-copy.repository';
import { InstitutionCopyRecord, InstitutionCopySchema } from './institution-copy.schema';
import { InstitutionEventsHandler } from './institution-events.handler';

/**
 * The directory's institutions, copied into the mounting service's own database from
 * `institution.created` / `institution.updated` (event-carried state): a service checks and names
 * institutions without calling the directory. Mount it in a service that has PersistenceModule and
 * the event backbone, and list the service among the events' consumers in the event catalog.
 */
@Module({
  imports: [MongooseModule.forFeature([{ name: InstitutionCopyRecord.name, schema: InstitutionCopySchema }])],
  providers: [InstitutionCopyRepository, InstitutionEventsHandler],
  exports: [InstitutionCopyRepository],
})
export class InstitutionCopyModule {}
