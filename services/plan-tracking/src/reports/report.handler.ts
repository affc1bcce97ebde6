import { Controller } from '@nestjs/common';
import type { Caller, RpcRequest, RpcResponse } from '@elo/contracts';
import { RpcHandler } from '@elo/messaging';
import { ReportService } from './report.service';

@Controller()
export class ReportHandler {
  constructor(private readonly reports: ReportService) {}

  @RpcHandler('plan-tracking.report.submit')
  submit(
    input: RpcRequest<'plan-tracking.report.submit'>,
    caller: Caller,
  ): Promise<RpcResponse<'plan-tracking.report.submit'>> {
    return this.reports.submit(input.code, input.report, caller);
  }

  @RpcHandler('plan-tracking.report.list')
  list(
    input: RpcRequest<'plan-tracking.report.list'>,
    caller: Caller,
  ): Promise<RpcResponse<'plan-tracking.report.list'>> {
    return this.reports.list(input, caller);
  }

  @RpcHandler('plan-tracking.report.get')
  get(
    input: RpcRequest<'plan-tracking.report.get'>,
    caller: Caller,
  ): Promise<RpcResponse<'plan-tracking.report.get'>> {
    return this.reports.get(input.code, input.id, caller);
  }

  @RpcHandler('plan-tracking.report.approve')
  approve(
    input: RpcRequest<'plan-tracking.report.approve'>,
    caller: Caller,
  ): Promise<RpcResponse<'plan-tracking.report.approve'>> {
    return this.reports.approve(input.code, input.id, caller);
  }

  @RpcHandler('plan-tracking.report.return')
  returnReport(
    input: RpcRequest<'plan-tracking.report.return'>,
    caller: Caller,
  ): Promise<RpcResponse<'plan-tracking.report.return'>> {
    return this.reports.returnReport(input.code, input.id, input.reason, caller);
  }
}
