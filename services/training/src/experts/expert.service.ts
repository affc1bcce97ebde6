import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { trusted, type Model } from 'mongoose';
import {
  DomainError,
  type Caller,
  type CreateExpertInput,
  type Expert,
  type ListExpertsQuery,
  type Page,
} from '@elo/contracts';
import { cursorFilter, isDuplicateKeyError, toPage } from '@elo/persistence';
import { Clock } from '../common/clock';
import { InstitutionCopyRepository } from '@elo/institution-copy';
import { ExpertRecord, type ExpertRow } from './expert.schema';

/** Listed only with a recorded consent; a removal request deletes the record itself. */
const LISTED = { 'consent.recordedAt': trusted({ $exists: true }) };

@Injectable()
export class ExpertService {
  constructor(
    @InjectModel(ExpertRecord.name) private readonly model: Model<ExpertRecord>,
    private readonly institutions: InstitutionCopyRepository,
    private readonly clock: Clock,
  ) {}

  async create(input: CreateExpertInput, caller: Caller, demo = false): Promise<Expert> {
    const known = await this.institutions.known([input.institutionId]);
    if (!known.has(input.institutionId)) throw unknownInstitution(input.institutionId);
    const { consent, ...fields } = input;
    try {
      const created = await this.model.create({
        ...fields,
        consent: { statement: consent.statement, recordedAt: this.clock.now(), recordedBy: caller.clientId },
        demo,
      });
      return this.get(created._id.toHexString());
    } catch (error) {
      if (isDuplicateKeyError(error)) {
        throw new DomainError(
          'TRAINING.EXPERT_EMAIL_TAKEN',
          `An expert with email ${input.email} is already listed.`,
        );
      }
      throw error;
    }
  }

  async get(id: string): Promise<Expert> {
    const row = await this.model
      .findOne({ _id: id, ...LISTED })
      .lean<ExpertRow>()
      .exec();
    if (!row) throw notFound(id);
    return toExpert(row);
  }

  async remove(id: string): Promise<{ removed: true }> {
    const result = await this.model.deleteOne({ _id: id }).exec();
    if (result.deletedCount !== 1) throw notFound(id);
    return { removed: true };
  }

  async list(query: ListExpertsQuery): Promise<Page<Expert>> {
    const rows = await this.model
      .find({
        ...LISTED,
        ...cursorFilter(query.cursor),
        ...(query.area ? { areas: query.area } : {}),
        ...(query.language ? { languages: query.language } : {}),
        ...(query.uf ? { uf: query.uf } : {}),
      })
      .sort({ _id: 1 })
      .limit(query.limit + 1)
      .lean<ExpertRow[]>()
      .exec();
    return toPage(rows, query.limit, toExpert);
  }

  async existing(ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.model
      .find({ _id: trusted({ $in: [...new Set(ids)] }), ...LISTED }, { _id: 1 })
      .lean<ExpertRow[]>()
      .exec();
    return new Set(rows.map((r) => r._id.toHexString()));
  }

  async findByEmail(email: string): Promise<Expert | null> {
    const row = await this.model.findOne({ email }).lean<ExpertRow>().exec();
    return row ? toExpert(row) : null;
  }
}

function toExpert(row: ExpertRow): Expert {
  return {
    id: row._id.toHexString(),
    name: row.name,
    email: row.email,
    institutionId: row.institutionId,
    areas: row.areas,
    languages: row.languages,
    ...(row.uf ? { uf: row.uf } : {}),
    consent: {
      statement: row.consent.statement,
      recordedAt: row.consent.recordedAt.toISOString(),
      recordedBy: row.consent.recordedBy,
    },
    createdAt: row.createdAt.toISOString(),
  };
}

const notFound = (id: string) => new DomainError('TRAINING.EXPERT_NOT_FOUND', `No expert with id ${id}.`);
const unknownInstitution = (id: string) =>
  new DomainError('TRAINING.UNKNOWN_REFERENCE', `No institution in the directory with id ${id}.`, [
    { field: 'institutionId', message: `${id} is not an institution of the directory` },
  ]);
