import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, Types } from 'mongoose';
import type { ApiClient, Caller, Page, Role } from '@elo/contracts';
import { cursorFilter, toPage, type OwnedFilter } from '@elo/persistence';
import { ApiClientRecord } from './api-client.schema';

type ApiClientRow = ApiClientRecord & { _id: Types.ObjectId; __v: number };

export interface NewApiClient {
  clientId: string;
  institutionId: string;
  name: string;
  roles: Role[];
  secretHash: string;
}

/** What authentication needs: the caller the client stands for, its hash and whether it is revoked. */
export interface ClientCredentialsRow {
  caller: Caller;
  secretHash: string;
  revoked: boolean;
}

// The secret hash never leaves this file except through findCredentials.
function toApiClient(row: ApiClientRow): ApiClient {
  return {
    clientId: row.clientId,
    institutionId: row.institutionId,
    name: row.name,
    roles: [...row.roles],
    revokedAt: row.revokedAt ? row.revokedAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

@Injectable()
export class ApiClientRepository {
  constructor(@InjectModel(ApiClientRecord.name) private readonly model: Model<ApiClientRecord>) {}

  async create(input: NewApiClient): Promise<ApiClient> {
    const doc = await this.model.create({ ...input, revokedAt: null });
    return toApiClient(doc.toObject<ApiClientRow>());
  }

  async list(
    filter: OwnedFilter<ApiClientRecord>,
    page: { limit: number; cursor?: string },
  ): Promise<Page<ApiClient>> {
    const rows = await this.model
      .find({ ...filter, ...cursorFilter(page.cursor) })
      .sort({ _id: 1 })
      .limit(page.limit + 1)
      .lean<ApiClientRow[]>()
      .exec();
    return toPage(rows, page.limit, toApiClient);
  }

  /** Sets revokedAt once; a client already revoked keeps its first date. Null when not found. */
  async revoke(
    filter: OwnedFilter<ApiClientRecord> & { clientId: string },
    at: Date,
  ): Promise<ApiClient | null> {
    const revoked = await this.model
      .findOneAndUpdate(
        { ...filter, revokedAt: null },
        { $set: { revokedAt: at }, $inc: { __v: 1 } },
        { returnDocument: 'after' },
      )
      .lean<ApiClientRow>()
      .exec();
    if (revoked) return toApiClient(revoked);
    const existing = await this.model.findOne(filter).lean<ApiClientRow>().exec();
    return existing ? toApiClient(existing) : null;
  }

  /** By client id alone: authentication and the revocation check happen before any ownership is known. */
  async findCredentials(clientId: string): Promise<ClientCredentialsRow | null> {
    const row = await this.model.findOne({ clientId }).lean<ApiClientRow>().exec();
    if (!row) return null;
    return {
      caller: { clientId: row.clientId, institutionId: row.institutionId, roles: [...row.roles] },
      secretHash: row.secretHash,
      revoked: row.revokedAt !== null,
    };
  }
}
