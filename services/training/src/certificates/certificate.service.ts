import { Inject, Injectable } from '@nestjs/common';
import { DomainError, type CertificatePdf, type PublicCertificate } from '@elo/contracts';
import { TRAINING_CONFIG, type TrainingConfig } from '../config';
import { renderCertificatePdf } from './certificate-pdf';
import { CertificateRepository } from './certificate.repository';
import type { CertificateRow } from './certificate.schema';
import { RateLimiter } from './rate-limit';

/** The public side of certificates: minimal data, and a limit per address against enumeration. */
@Injectable()
export class CertificateService {
  constructor(
    private readonly certificates: CertificateRepository,
    private readonly limiter: RateLimiter,
    @Inject(TRAINING_CONFIG) private readonly config: TrainingConfig,
  ) {}

  async verify(code: string, clientIp: string): Promise<PublicCertificate> {
    await this.limiter.hit(`certificate:${clientIp}`, this.config.TRAINING_CERTIFICATE_LOOKUPS_PER_MINUTE);
    const row = await this.certificates.findByCode(code);
    if (!row) throw new DomainError('TRAINING.CERTIFICATE_NOT_FOUND', 'No certificate with this code.');
    return toPublic(row);
  }

  async pdf(code: string, clientIp: string): Promise<CertificatePdf> {
    const certificate = await this.verify(code, clientIp);
    const bytes = await renderCertificatePdf(certificate, this.verifyUrl(code));
    return { pdfBase64: Buffer.from(bytes).toString('base64') };
  }

  verifyUrl(code: string): string {
    return `${this.config.TRAINING_PUBLIC_URL.replace(/\/+$/, '')}/v1/certificates/${code}`;
  }
}

function toPublic(row: CertificateRow): PublicCertificate {
  return {
    code: row.code,
    participantName: row.participantName,
    course: row.course,
    hours: row.hours,
    date: row.date,
    issuer: row.issuer,
  };
}
