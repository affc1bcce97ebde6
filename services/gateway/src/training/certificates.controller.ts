import { Controller, Get, Header, Req } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { certificateParamsSchema, type PublicCertificate } from '@elo/contracts';
import { RpcClient } from '@elo/messaging';
import { Public } from '../auth/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import { ZodParams } from '../openapi/zod-http';
import { ApiJsonResponse } from './responses';

/** Anyone may check a certificate: minimal data, rate-limited per address by the training service. */
@ApiTags('certificates')
@Controller('v1/certificates')
export class CertificatesController {
  constructor(private readonly rpc: RpcClient) {}

  // Declared before ':code' so a path ending in .pdf reaches it.
  @Get(':code.pdf')
  @Public()
  @Header('content-type', 'application/pdf')
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary: 'The printable A4 certificate in Portuguese, with a QR code of its verification URL (public)',
  })
  @ApiProduces('application/pdf')
  @ApiResponse({
    status: 200,
    description: 'The PDF',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(400, 404, 429)
  async pdf(
    @ZodParams(certificateParamsSchema) { code }: { code: string },
    @Req() request: FastifyRequest,
  ): Promise<Buffer> {
    const { pdfBase64 } = await this.rpc.send('training.certificate.pdf', { code, clientIp: request.ip });
    return Buffer.from(pdfBase64, 'base64');
  }

  @Get(':code')
  @Public()
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary: 'Verify a certificate: participant’s name, course, hours, date and issuer only (public)',
  })
  @ApiJsonResponse('{ code, participantName, course, hours, date, issuer }')
  @ApiProblems(400, 404, 429)
  verify(
    @ZodParams(certificateParamsSchema) { code }: { code: string },
    @Req() request: FastifyRequest,
  ): Promise<PublicCertificate> {
    return this.rpc.send('training.certificate.verify', { code, clientIp: request.ip });
  }
}
