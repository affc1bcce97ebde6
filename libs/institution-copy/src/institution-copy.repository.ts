import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { trusted, type Model } from 'mongoose';
import type { InstitutionKind, InstitutionSnapshot } from '@elo/contracts';
import { isDuplicateKeyError, knownIds } from '@elo/persistence';
import { InstitutionCopyRecord } from './institution-copy.schema';

export interface InstitutionName {
  id: string;
  acronym: string;
  name: string;
}

const OPTIONAL_FIELDS = ['uf', 'municipalityCode'] as const;

@Injectable()
export class InstitutionCopyRepository {
  constructor(
    @InjectModel(InstitutionCopyRecord.name) private readonly model: Model<InstitutionCopyRecord>,
  ) {}

  /**
   * Keeps the snapshot only if it is newer than the stored one, in one write: idempotent and
   * tolerant of out-of-order delivery. An older or equal snapshot matches nothing, so the upsert
   * tries to insert the existing id and the duplicate key tells us it was stale.
   */
  async apply(snapshot: InstitutionSnapshot): Promise<'applied' | 'stale'> {
    const { id, ...fields } = snapshot;
    const unset = Object.fromEntries(
      OPTIONAL_FIELDS.filter((f) => fields[f] === undefined).map((f) => [f, '']),
    );
    try {
      await this.model
        .updateOne(
          { _id: id, version: trusted({ $lt: snapshot.version }) },
          { $set: fields, ...(Object.keys(unset).length ? { $unset: unset } : {}) },
          { upsert: true },
        )
        .exec();
      return 'applied';
    } catch (error) {
      if (isDuplicateKeyError(error)) return 'stale';
      throw error;
    }
  }

  /** The ids among `ids` that the directory has announced. */
  known(ids: readonly string[]): Promise<Set<string>> {
    return knownIds(this.model, ids);
  }

  async names(ids: readonly string[]): Promise<Map<string, InstitutionName>> {
    if (!ids.length) return new Map();
    const rows = await this.model
      .find({ _id: trusted({ $in: [...new Set(ids)] }) }, { _id: 1, acronym: 1, name: 1 })
      .lean<{ _id: string; acronym: string; name: string }[]>()
      .exec();
    return new Map(rows.map((r) => [r._id, { id: r._id, acronym: r.acronym, name: r.name }]));
  }

  /** The kind of each institution among `ids` that the directory has announced (public body or not, …). */
  async kinds(ids: readonly string[]): Promise<Map<string, InstitutionKind>> {
    if (!ids.length) return new Map();
    const rows = await this.model
      .find({ _id: trusted({ $in: [...new Set(ids)] }) }, { _id: 1, kind: 1 })
      .lean<{ _id: string; kind: InstitutionKind }[]>()
      .exec();
    return new Map(rows.map((r) => [r._id, r.kind]));
  }

  /** Ids of the institutions with these acronyms, as far as the directory has announced them. */
  async idsByAcronym(acronyms: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.model
      .find({ acronym: trusted({ $in: [...acronyms] }) }, { _id: 1, acronym: 1 })
      .lean<{ _id: string; acronym: string }[]>()
      .exec();
    return new Map(rows.map((r) => [r.acronym, r._id]));
  }
}
