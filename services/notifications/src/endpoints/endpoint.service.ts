import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  type Caller,
  type CreateEndpointInput,
  type EndpointWithSecret,
  type NotificationEndpoint,
  type Page,
  type RpcRequest,
  type UpdateEndpointInput,
} from '@elo/contracts';
import { institutionScope, writeAtVersion } from '@elo/persistence';
import { NOTIFICATIONS_CONFIG } from '../notifications.tokens';
import type { NotificationsConfig } from '../config';
import { refusedUrl, type GuardMode } from '../delivery/url-guard';
import { SecretBox, newEndpointSecret } from '../secrets/secret-box';
import { EndpointRepository, type EndpointRow } from './endpoint.repository';

export function endpointNotFound(id: string): DomainError {
  return new DomainError('NOTIFICATION.ENDPOINT_NOT_FOUND', `No endpoint ${id} that you may see.`);
}

export function guardMode(config: NotificationsConfig): GuardMode {
  return config.NODE_ENV === 'production' ? 'production' : 'development';
}

/** Endpoints: an institution manages its own; coordinators read every one; anything else is not found. */
@Injectable()
export class EndpointService {
  constructor(
    private readonly endpoints: EndpointRepository,
    private readonly box: SecretBox,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  async create(input: CreateEndpointInput, caller: Caller): Promise<EndpointWithSecret> {
    this.assertUrl(input.url);
    const secret = newEndpointSecret();
    const endpoint = await this.endpoints.create(institutionScope(caller.institutionId), {
      url: input.url,
      ...(input.description ? { description: input.description } : {}),
      eventTypes: input.eventTypes,
      enabled: input.enabled,
      coordination: caller.roles.includes('coordinator'),
      secret: this.box.seal(secret),
      failingSince: null,
    });
    return { ...endpoint, secret };
  }

  list(
    input: RpcRequest<'notifications.endpoint.list'>,
    caller: Caller,
  ): Promise<Page<NotificationEndpoint>> {
    const { institutionId, ...page } = input;
    if (!isCoordinator(caller)) return this.endpoints.page(institutionScope(caller.institutionId), page);
    return this.endpoints.page(institutionId ? institutionScope(institutionId) : 'all', page);
  }

  async get(id: string, caller: Caller): Promise<NotificationEndpoint> {
    return this.endpoints.view(await this.readable(id, caller));
  }

  /** A row the caller may read (its institution's, or any for coordinators). */
  async readable(id: string, caller: Caller): Promise<EndpointRow> {
    const scope = isCoordinator(caller) ? 'all' : institutionScope(caller.institutionId);
    const row = await this.endpoints.row(scope, id);
    if (!row) throw endpointNotFound(id);
    return row;
  }

  /** A row of the caller's own institution (the only ones it may change). */
  async managed(id: string, caller: Caller): Promise<EndpointRow> {
    const row = await this.endpoints.row(institutionScope(caller.institutionId), id);
    if (!row) throw endpointNotFound(id);
    return row;
  }

  update(id: string, changes: UpdateEndpointInput, caller: Caller, expectedVersion?: number) {
    const scope = institutionScope(caller.institutionId);
    return writeAtVersion({
      what: `Endpoint ${id}`,
      expectedVersion,
      // Ownership first: another institution's endpoint is 404, whatever the URL.
      read: async () => {
        const row = await this.managed(id, caller);
        if (changes.url !== undefined) this.assertUrl(changes.url);
        return row;
      },
      version: (row) => row.__v,
      write: async (row) => {
        const enabling = changes.enabled === true && !row.enabled;
        const updated = await this.endpoints.changeAtVersion(scope, row._id, row.__v, {
          $set: { ...changes, ...(enabling ? { failingSince: null } : {}) },
          ...(enabling ? { $unset: { disabledReason: 1 } } : {}),
        });
        return updated && this.endpoints.view(updated);
      },
    });
  }

  /** A new secret, returned once; the old one signs beside it for the grace period. */
  rotate(id: string, caller: Caller): Promise<EndpointWithSecret> {
    const scope = institutionScope(caller.institutionId);
    const secret = newEndpointSecret();
    return writeAtVersion({
      what: `Endpoint ${id}`,
      read: () => this.managed(id, caller),
      version: (row) => row.__v,
      write: async (row) => {
        const graceEnds = new Date(Date.now() + this.config.NOTIFICATIONS_ROTATION_GRACE_MS);
        const updated = await this.endpoints.changeAtVersion(scope, row._id, row.__v, {
          $set: {
            secret: this.box.seal(secret),
            previousSecret: row.secret,
            previousSecretExpiresAt: graceEnds,
          },
        });
        return updated && { ...this.endpoints.view(updated), secret };
      },
    });
  }

  private assertUrl(url: string): void {
    const refused = refusedUrl(url, guardMode(this.config));
    if (refused) throw new DomainError('NOTIFICATION.URL_FORBIDDEN', `${url}: ${refused}.`);
  }
}

function isCoordinator(caller: Caller): boolean {
  return caller.roles.includes('coordinator');
}
