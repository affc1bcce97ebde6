import { Injectable } from '@nestjs/common';
import type { PartnershipSummary } from '@elo/contracts';
import { AgreementWriter } from '../partnerships/agreement-writer';
import { PartnershipRepository } from '../partnerships/partnership.repository';
import { summarize } from './summary';

@Injectable()
export class SummaryService {
  constructor(
    private readonly repo: PartnershipRepository,
    private readonly writer: AgreementWriter,
  ) {}

  async get(): Promise<PartnershipSummary> {
    return summarize(await this.repo.all(), this.writer.today());
  }
}
