import { Injectable, Logger } from '@nestjs/common';
import type { EloCloudEvent } from '@elo/contracts';
import { OnEvent } from '@elo/events';
import { InstitutionCopyRepository } from './institution-copy.repository';

/** Keeps the local copy of institutions that agreements' parties are checked against. */
@Injectable()
export class InstitutionEventsHandler {
  private readonly logger = new Logger('InstitutionEvents');

  constructor(private readonly institutions: InstitutionCopyRepository) {}

  @OnEvent('institution.created', { name: 'copy-institution-created' })
  async created(event: EloCloudEvent<'institution.created'>): Promise<void> {
    await this.apply(event.data);
  }

  @OnEvent('institution.updated', { name: 'copy-institution-updated' })
  async updated(event: EloCloudEvent<'institution.updated'>): Promise<void> {
    await this.apply(event.data);
  }

  private async apply(snapshot: EloCloudEvent<'institution.created'>['data']): Promise<void> {
    const outcome = await this.institutions.apply(snapshot);
    this.logger.debug({ msg: 'institution snapshot', id: snapshot.id, version: snapshot.version, outcome });
  }
}
