import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  DomainError,
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
import { ApiClientRepository } from './api-client.repository';
import { InstitutionLookup } from './institution-lookup';
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
    private readonly institutions: InstitutionLookup,
  ) {}

  async create(input: CreateApiClientInput, caller: Caller): Promise<CreatedApiClient> {
    requireAdmin(caller);
    if (!(await this.institutions.exists(input.institutionId))) {
      throw new DomainError(
        'DIRECTORY.INSTITUTION_NOT_FOUND',
        `No institution with id ${input.institutionId}.`,
      );
    }
    const clientSecret = newSecret();
    const client = await this.clients.create({
      clientId: newClientId(),
      institutionId: input.institutionId,
      name: input.name,
      roles: [...new Set(input.roles)],
      secretHash: await hashSecret(clientSecret),
    });
    return { ...client, clientSecret };
  }

  /** Admins see any institution's clients; an agency only its own institution's. */
  async list(query: ListApiClientsQuery, caller: Caller): Promise<Page<ApiClient>> {
    const ownInstitution = callerHasRole(caller, 'agency') && caller.institutionId === query.institutionId;
    if (!callerHasRole(caller, 'admin') && !ownInstitution) {
      throw new DomainError(
        'AUTH.FORBIDDEN',
        "Only admins or the institution's own agency may list its clients.",
      );
    }
    return this.clients.list(
      { institutionId: query.institutionId },
      { limit: query.limit, cursor: query.cursor },
    );
  }

  async revoke(input: RevokeApiClientInput, caller: Caller): Promise<ApiClient> {
    requireAdmin(caller);
    const revoked = await this.clients.revoke(
      { institutionId: input.institutionId, clientId: String(input.clientId) },
      new Date(),
    );
    if (!revoked) throw new DomainError('DIRECTORY.CLIENT_NOT_FOUND', 'This institution has no such client.');
    return revoked;
  }

  /** The same error, after the same work, for an unknown client, a revoked one and a wrong secret. */
  async authenticate({ clientId, clientSecret }: AuthenticateClientInput): Promise<Caller> {
    if (typeof clientId !== 'string' || typeof clientSecret !== 'string') throw invalidClient();
    const found = await this.clients.findCredentials(clientId);
    const matches = await verifySecret(clientSecret, found?.secretHash ?? (await this.decoy));
    if (!found || !matches || found.revoked) throw invalidClient();
    return found.caller;
  }

  async status(clientId: string): Promise<ClientStatus> {
    if (typeof clientId !== 'string') return { clientId: String(clientId), active: false };
    const found = await this.clients.findCredentials(clientId);
    return { clientId, active: !!found && !found.revoked };
  }
}

function requireAdmin(caller: Caller): void {
  if (!callerHasRole(caller, 'admin'))
    throw new DomainError('AUTH.FORBIDDEN', 'Only admins manage API clients.');
}
