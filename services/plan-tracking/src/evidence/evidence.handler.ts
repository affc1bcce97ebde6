import { Controller } from '@nestjs/common';
import type { RpcRequest, RpcResponse } from '@elo/contracts';
import { RpcHandler } from '@elo/messaging';
import { EvidenceService } from './evidence.service';

@Controller()
export class EvidenceHandler {
  constructor(private readonly evidence: EvidenceService) {}

  @RpcHandler('plan-tracking.evidence.list')
  list(
    input: RpcRequest<'plan-tracking.evidence.list'>,
  ): Promise<RpcResponse<'plan-tracking.evidence.list'>> {
    return this.evidence.list(input);
  }
}
