import { Controller } from '@nestjs/common';
import type { RpcRequest, RpcResponse } from '@elo/contracts';
import { RpcHandler } from '@elo/messaging';
import { CertificateRepository } from '../certificates/certificate.repository';
import { buildTrainingReport } from './training-report';

@Controller()
export class TrainingReportHandler {
  constructor(private readonly certificates: CertificateRepository) {}

  @RpcHandler('training.report.get')
  async get(input: RpcRequest<'training.report.get'>): Promise<RpcResponse<'training.report.get'>> {
    const rows = await this.certificates.forReport(input);
    return buildTrainingReport(rows, input.activityCode);
  }
}
