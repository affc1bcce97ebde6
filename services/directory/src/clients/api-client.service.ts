import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  DomainError,
  authenticateClientSchema,
  type ApiClient,
  type AuthenticateClientInput,
  type Caller,
  type ClientStatus,
  type CreateApiClientInput,
  type CreatedApiClient,
  type ListApiClientsQuery,
  type Page,
  type RevokeApiClientInput,
} from '@elo/contracts';
import { callerHasRole } from '@elo/messaging';
import { institutionScope } from '@elo/persistence';
import { InstitutionService } from '../institutions/institution.service';
import { ApiClientRepository } from './api-client.repository';
import { hashSecret, verifySecret } from './secret-hash';

const newClientId = () => `elo_${randomBytes(16).toString('base64url')}`;
const newSecret = () => randomBytes(32).toString('base64url');
const invalidClient = () => new DomainError('AUTH.INVALID_CLIENT', 'Unknown client or wrong secret.');

@Injectable()
export class ApiClientService {
  // Verified against when the client is unknown, so both failures cost one scrypt.
  private readonly decoy = hashSecret(newSecret());

  constructor(
    private readonly clients: ApiClientRepository,
    private readonly institutions: InstitutionService,
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
      secretHash: await hashSecret(clientSecret),
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

  /** The same error, after the same work, for an unknown client, a revoked one and a wrong secret. */
  async authenticate(input: AuthenticateClientInput): Promise<Caller> {
    // Malformed credentials are an invalid client too: the token endpoint tells callers nothing more.
    const parsed = authenticateClientSchema.safeParse(input);
    if (!parsed.success) throw invalidClient();
    const { clientId, clientSecret } = parsed.data;
    const found = await this.clients.findCredentials(clientId);
    const matches = await verifySecret(clientSecret, found?.secretHash ?? (await this.decoy));
    if (!found || !matches || found.revoked) throw invalidClient();
    return found.caller;
  }

  async status({ clientId }: { clientId: string }): Promise<ClientStatus> {
    const found = await this.clients.findCredentials(clientId);
    return { clientId, active: !!found && !found.revoked };
  }
}
