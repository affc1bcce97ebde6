import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import type {
  CreateInstitutionInput,
  Institution,
  InstitutionSnapshot,
  ListInstitutionsQuery,
  Page,
  UpdateInstitutionInput,
} from '@elo/contracts';
import { Outbox } from '@elo/events';
import { AggregateRepository, parseObjectId, type AggregateRow } from '@elo/persistence';
import { InstitutionRecord } from './institution.schema';

type InstitutionRow = AggregateRow<InstitutionRecord>;

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

/** The event-carried state, built from what the write stores (strings trimmed as the schema trims them). */
function toSnapshot(id: string, fields: CreateInstitutionInput, version: number): InstitutionSnapshot {
  // No undefined values: they would be stored as null in the outbox and fail consumers' validation.
  return {
    id,
    name: fields.name.trim(),
    acronym: fields.acronym.trim(),
    kind: fields.kind,
    ...(fields.uf ? { uf: fields.uf } : {}),
    ...(fields.municipalityCode ? { municipalityCode: fields.municipalityCode } : {}),
    networks: fields.networks ?? [],
    version,
  };
}

export const acronymKey = (acronym: string) => acronym.trim().toUpperCase();

@Injectable()
export class InstitutionRepository extends AggregateRepository<InstitutionRecord, Institution> {
  constructor(
    @InjectModel(InstitutionRecord.name) model: Model<InstitutionRecord>,
    private readonly outbox: Outbox,
  ) {
    super(model, outbox);
  }

  protected toContract(row: InstitutionRow): Institution {
    return toInstitution(row);
  }

  /** Inserts the institution and its institution.created event in one write. */
  create(input: CreateInstitutionInput): Promise<Institution> {
    const _id = new Types.ObjectId();
    const event = this.outbox.event(
      'institution.created',
      _id.toHexString(),
      toSnapshot(_id.toHexString(), input, 0),
    );
    return this.insert({ _id, ...input, acronymKey: acronymKey(input.acronym) }, [event]);
  }

  findById(id: string): Promise<Institution | null> {
    return this.findOne({ _id: parseObjectId(id) });
  }

  list(query: ListInstitutionsQuery): Promise<Page<Institution>> {
    const filter = {
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.network ? { networks: query.network } : {}),
      ...(query.uf ? { uf: query.uf } : {}),
    };
    return this.findPage(filter, query);
  }

  /**
   * Applies changes only if the stored version is still `current.version`, appending the
   * institution.updated event (the full new snapshot) in the same write; null when it is not.
   */
  async update(current: Institution, changes: UpdateInstitutionInput): Promise<Institution | null> {
    const set: Record<string, unknown> = { ...changes };
    if (changes.acronym !== undefined) set['acronymKey'] = acronymKey(changes.acronym);
    const next = toSnapshot(current.id, { ...current, ...changes }, current.version + 1);
    const event = this.outbox.event('institution.updated', current.id, next);
    const row = await this.updateAtVersion(
      { _id: parseObjectId(current.id) },
      current.version,
      { $set: set },
      [event],
    );
    return row ? toInstitution(row) : null;
  }
}
