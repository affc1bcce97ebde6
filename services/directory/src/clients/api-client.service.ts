import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  DomainError,
  type ApiClient,
  type Caller,
  type ClientStatus,
  type CreateApiClientInput,
  type CreatedApiClient,
  type ListApiClientsQuery,
  type Page,
  type RevokeApiClientInput,
  type StoredClientCredentials,
} from '@elo/contracts';
import { callerHasRole, ClientSecretHasher } from '@elo/messaging';
import { institutionScope } from '@elo/persistence';
import { InstitutionService } from '../institutions/institution.service';
import { ApiClientRepository } from './api-client.repository';

const newClientId = () => `elo_${randomBytes(16).toString('base64url')}`;
const newSecret = () => randomBytes(32).toString('base64url');

@Injectable()
export class ApiClientService {
  constructor(
    private readonly clients: ApiClientRepository,
    private readonly institutions: InstitutionService,
    private readonly secrets: ClientSecretHasher,
  ) {}

  // Inputs arrive parsed by the RPC catalog's schema, and its access already admitted the caller's role.
  async create(valid: CreateApiClientInput): Promise<CreatedApiClient> {
    // DIRECTORY.INSTITUTION_NOT_FOUND when it does not exist: no client for a missing institution.
    await this.institutions.get(valid.institutionId);
    const clientSecret = newSecret();
    const client = await this.clients.create(institutionScope(valid.institutionId), {
      clientId: newClientId(),
      name: valid.name,
      roles: valid.roles,
      secretHash: this.secrets.hash(clientSecret),
    });
    return { ...client, clientSecret };
  }

  /**
   * Admins see any institution's clients; an agency only its own institution's. Another institution's
   * clients are not found rather than forbidden, so an outsider cannot tell which ids exist.
   */
  async list(query: ListApiClientsQuery, caller: Caller): Promise<Page<ApiClient>> {
    const ownInstitution = callerHasRole(caller, 'agency') && caller.institutionId === query.institutionId;
    if (!callerHasRole(caller, 'admin') && !ownInstitution) {
      throw new DomainError(
        'DIRECTORY.INSTITUTION_NOT_FOUND',
        `No institution with id ${query.institutionId}.`,
      );
    }
    return this.clients.list(institutionScope(query.institutionId), {
      limit: query.limit,
      ...(query.cursor ? { cursor: query.cursor } : {}),
    });
  }

  async revoke(input: RevokeApiClientInput): Promise<ApiClient> {
    const revoked = await this.clients.revoke(
      institutionScope(input.institutionId),
      input.clientId,
      new Date(),
    );
    if (!revoked) throw new DomainError('DIRECTORY.CLIENT_NOT_FOUND', 'This institution has no such client.');
    return revoked;
  }

  /**
   * The stored keyed hash, for the gateway to check a secret itself (only the gateway may ask: the
   * catalog's access, and the bus permissions). An unknown id is `known: false`, never an error.
   */
  async credentials({ clientId }: { clientId: string }): Promise<StoredClientCredentials> {
    // The catalog parsed it already; an operator object must never reach the query even so.
    if (typeof clientId !== 'string') return { known: false };
    const found = await this.clients.findCredentials(clientId);
    if (!found) return { known: false };
    return { known: true, secretHash: found.secretHash, active: !found.revoked, caller: found.caller };
  }

  async status({ clientId }: { clientId: string }): Promise<ClientStatus> {
    const found = await this.clients.findCredentials(clientId);
    return { clientId, active: !!found && !found.revoked };
  }
}
