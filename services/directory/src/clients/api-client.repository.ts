import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { ApiClient, Caller, Page, PageQuery, Role } from '@elo/contracts';
import { OwnedAggregateRepository, type AggregateRow, type InstitutionScope } from '@elo/persistence';
import { ApiClientRecord } from './api-client.schema';

type ApiClientRow = AggregateRow<ApiClientRecord>;

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

/** API clients belong to their institution: every method but authentication's takes its scope. */
@Injectable()
export class ApiClientRepository extends OwnedAggregateRepository<ApiClientRecord, ApiClient> {
  constructor(@InjectModel(ApiClientRecord.name) model: Model<ApiClientRecord>) {
    super(model, null);
  }

  protected toContract(row: ApiClientRow): ApiClient {
    return toApiClient(row);
  }

  create(scope: InstitutionScope, input: Omit<NewApiClient, 'institutionId'>): Promise<ApiClient> {
    return this.insert(scope, { ...input, revokedAt: null });
  }

  list(scope: InstitutionScope, page: PageQuery): Promise<Page<ApiClient>> {
    return this.findPage(scope, {}, page);
  }

  /** Sets revokedAt once; a client already revoked keeps its first date. Null when not found. */
  async revoke(scope: InstitutionScope, clientId: string, at: Date): Promise<ApiClient | null> {
    const revoked = await this.updateWhere(scope, { clientId, revokedAt: null }, { $set: { revokedAt: at } });
    return revoked ?? this.findOne(scope, { clientId });
  }

  /** By client id alone: authentication and the revocation check happen before any ownership is known. */
  async findCredentials(clientId: string): Promise<ClientCredentialsRow | null> {
    const row = await this.findRowAcrossInstitutions({ clientId });
    if (!row) return null;
    return {
      caller: { clientId: row.clientId, institutionId: row.institutionId, roles: [...row.roles] },
      secretHash: row.secretHash,
      revoked: row.revokedAt !== null,
    };
  }
}
