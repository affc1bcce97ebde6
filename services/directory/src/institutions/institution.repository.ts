import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, Types } from 'mongoose';
import type {
  CreateInstitutionInput,
  Institution,
  ListInstitutionsQuery,
  Page,
  UpdateInstitutionInput,
} from '@elo/contracts';
import { cursorFilter, parseObjectId, toPage } from '@elo/persistence';
import { InstitutionRecord } from './institution.schema';

type InstitutionRow = InstitutionRecord & { _id: Types.ObjectId; __v: number };

function toInstitution(row: InstitutionRow): Institution {
  return {
    id: row._id.toHexString(),
    name: row.name,
    acronym: row.acronym,
    kind: row.kind,
    ...(row.cnpj ? { cnpj: row.cnpj } : {}),
    ...(row.uf ? { uf: row.uf } : {}),
    ...(row.municipalityCode ? { municipalityCode: row.municipalityCode } : {}),
    networks: row.networks ?? [],
    version: row.__v,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const acronymKey = (acronym: string) => acronym.trim().toUpperCase();

@Injectable()
export class InstitutionRepository {
  constructor(@InjectModel(InstitutionRecord.name) private readonly model: Model<InstitutionRecord>) {}

  async create(input: CreateInstitutionInput): Promise<Institution> {
    const doc = await this.model.create({ ...input, acronymKey: acronymKey(input.acronym) });
    return toInstitution(doc.toObject<InstitutionRow>());
  }

  async findById(id: string): Promise<Institution | null> {
    const row = await this.model.findById(parseObjectId(id)).lean<InstitutionRow>().exec();
    return row ? toInstitution(row) : null;
  }

  async list(query: ListInstitutionsQuery): Promise<Page<Institution>> {
    const filter = {
      ...cursorFilter(query.cursor),
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.network ? { networks: query.network } : {}),
      ...(query.uf ? { uf: query.uf } : {}),
    };
    const rows = await this.model
      .find(filter)
      .sort({ _id: 1 })
      .limit(query.limit + 1)
      .lean<InstitutionRow[]>()
      .exec();
    return toPage(rows, query.limit, toInstitution);
  }

  /** Applies changes only if the stored version is still `expectedVersion`; null when it is not. */
  async update(id: string, expectedVersion: number, changes: UpdateInstitutionInput): Promise<Institution | null> {
    const set: Record<string, unknown> = { ...changes };
    if (changes.acronym !== undefined) set['acronymKey'] = acronymKey(changes.acronym);
    const row = await this.model
      .findOneAndUpdate(
        { _id: parseObjectId(id), __v: expectedVersion },
        { $set: set, $inc: { __v: 1 } },
        { returnDocument: 'after', runValidators: true },
      )
      .lean<InstitutionRow>()
      .exec();
    return row ? toInstitution(row) : null;
  }

  async findByAcronym(acronym: string): Promise<Institution | null> {
    const row = await this.model.findOne({ acronymKey: acronymKey(acronym) }).lean<InstitutionRow>().exec();
    return row ? toInstitution(row) : null;
  }
}
