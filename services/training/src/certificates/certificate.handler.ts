import { Controller } from '@nestjs/common';
import type { RpcRequest, RpcResponse } from '@elo/contracts';
import { RpcHandler } from '@elo/messaging';
import { CertificateService } from './certificate.service';

@Controller()
export class CertificateHandler {
  constructor(private readonly certificates: CertificateService) {}

  @RpcHandler('training.certificate.verify')
  verify(
    input: RpcRequest<'training.certificate.verify'>,
  ): Promise<RpcResponse<'training.certificate.verify'>> {
    return this.certificates.verify(input.code, input.clientIp);
  }

  @RpcHandler('training.certificate.pdf')
  pdf(input: RpcRequest<'training.certificate.pdf'>): Promise<RpcResponse<'training.certificate.pdf'>> {
    return this.certificates.pdf(input.code, input.clientIp);
  }
}
