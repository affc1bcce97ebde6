import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { trusted, type Model, type Types } from 'mongoose';
import type { TrainingReportQuery } from '@elo/contracts';
import { isDuplicateKeyError } from '@elo/persistence';
import { newCertificateCode } from './certificate-code';
import { CertificateRecord, type CertificateRow, type NewCertificate } from './certificate.schema';

@Injectable()
export class CertificateRepository {
  constructor(@InjectModel(CertificateRecord.name) private readonly model: Model<CertificateRecord>) {}

  /**
   * Issues one certificate per enrolment; an enrolment that already has one keeps it (unique index),
   * so a completion retried after a crash issues nothing twice.
   */
  async issue(certificates: readonly NewCertificate[]): Promise<void> {
    if (!certificates.length) return;
    try {
      await this.model.insertMany(
        certificates.map((c) => ({ ...c, code: newCertificateCode() })),
        { ordered: false },
      );
    } catch (error) {
      const writeErrors = (error as { writeErrors?: unknown[] }).writeErrors;
      const onlyDuplicates =
        isDuplicateKeyError(error) ||
        (Array.isArray(writeErrors) &&
          writeErrors.every((e) => {
            const code =
              (e as { code?: number; err?: { code?: number } }).code ??
              (e as { err?: { code?: number } }).err?.code;
            return code === 11000;
          }));
      if (!onlyDuplicates) throw error;
    }
  }

  findByCode(code: string): Promise<CertificateRow | null> {
    return this.model.findOne({ code }).lean<CertificateRow>().exec();
  }

  countForEvent(eventId: Types.ObjectId): Promise<number> {
    return this.model.countDocuments({ eventId }).exec();
  }

  async codesByEnrolment(enrolmentIds: readonly Types.ObjectId[]): Promise<Map<string, string>> {
    if (!enrolmentIds.length) return new Map();
    const rows = await this.model
      .find({ enrolmentId: trusted({ $in: [...enrolmentIds] }) }, { enrolmentId: 1, code: 1 })
      .lean<CertificateRow[]>()
      .exec();
    return new Map(rows.map((r) => [r.enrolmentId.toHexString(), r.code]));
  }

  /** The fields reports count by, never names. */
  forReport(filter: TrainingReportQuery): Promise<CertificateRow[]> {
    const demo = filter.demo ?? 'exclude';
    return this.model
      .find(
        {
          ...(demo === 'include' ? {} : { demo: demo === 'only' }),
          ...(filter.year !== undefined ? { year: filter.year } : {}),
          ...(filter.activityCode ? { activityCodes: filter.activityCode } : {}),
        },
        { audience: 1, uf: 1, institutionId: 1, year: 1, activityCodes: 1 },
      )
      .lean<CertificateRow[]>()
      .exec();
  }
}
