import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { RpcRequest, RpcResponse } from '@elo/contracts';
import { RpcHandler } from '@elo/messaging';
import { ReportService } from './report.service';

@Controller()
export class ReportHandler {
  constructor(private readonly reports: ReportService) {}

  @RpcHandler('plan-tracking.report.submit')
  submit(
    @Payload() input: RpcRequest<'plan-tracking.report.submit'>,
  ): Promise<RpcResponse<'plan-tracking.report.submit'>> {
    return this.reports.submit(input.code, input.report);
  }

  @RpcHandler('plan-tracking.report.list')
  list(
    @Payload() input: RpcRequest<'plan-tracking.report.list'>,
  ): Promise<RpcResponse<'plan-tracking.report.list'>> {
    return this.reports.list(input);
  }

  @RpcHandler('plan-tracking.report.get')
  get(
    @Payload() input: RpcRequest<'plan-tracking.report.get'>,
  ): Promise<RpcResponse<'plan-tracking.report.get'>> {
    return this.reports.get(input.code, input.id);
  }

  @RpcHandler('plan-tracking.report.approve')
  approve(
    @Payload() input: RpcRequest<'plan-tracking.report.approve'>,
  ): Promise<RpcResponse<'plan-tracking.report.approve'>> {
    return this.reports.approve(input.code, input.id);
  }

  @RpcHandler('plan-tracking.report.return')
  returnReport(
    @Payload() input: RpcRequest<'plan-tracking.report.return'>,
  ): Promise<RpcResponse<'plan-tracking.report.return'>> {
    return this.reports.returnReport(input.code, input.id, input.reason);
  }
}
