import { Injectable } from '@nestjs/common';
import type { Evidence, ListEvidenceQuery, Page } from '@elo/contracts';
import { ActivityService } from '../activities/activity.service';
import { EvidenceRepository } from './evidence.repository';

@Injectable()
export class EvidenceService {
  constructor(
    private readonly activities: ActivityService,
    private readonly evidence: EvidenceRepository,
  ) {}

  /** PLAN.ACTIVITY_NOT_FOUND for an unknown code, rather than an empty page. */
  async list(query: ListEvidenceQuery): Promise<Page<Evidence>> {
    await this.activities.require(query.code);
    return this.evidence.list(query.code, {
      limit: query.limit,
      ...(query.cursor ? { cursor: query.cursor } : {}),
    });
  }
}
