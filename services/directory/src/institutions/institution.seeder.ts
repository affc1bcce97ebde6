import { readFile } from 'node:fs/promises';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DomainError, type CreateInstitutionInput } from '@elo/contracts';
import { DIRECTORY_CONFIG, type DirectoryConfig } from '../config';
import { InstitutionService } from './institution.service';

/** Loads seeds/institutions.json at boot; idempotent, and never overwrites an existing acronym. */
@Injectable()
export class InstitutionSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('InstitutionSeeder');

  constructor(
    @Inject(DIRECTORY_CONFIG) private readonly config: DirectoryConfig,
    private readonly service: InstitutionService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.DIRECTORY_SEED) return;
    const records = JSON.parse(
      await readFile(this.config.DIRECTORY_SEED_FILE, 'utf8'),
    ) as CreateInstitutionInput[];
    let inserted = 0;
    for (const record of records) {
      if (await this.seedOne(record)) inserted++;
    }
    this.logger.log({ msg: 'institutions seeded', inserted, total: records.length });
  }

  // Create and let the unique acronym index decide: no read first, and replicas seeding at once
  // cannot fail each other's boot.
  private async seedOne(record: CreateInstitutionInput): Promise<boolean> {
    try {
      await this.service.create(record);
      return true;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'DIRECTORY.ACRONYM_TAKEN') return false;
      throw error;
    }
  }
}
