import { Injectable } from '@nestjs/common';
import { DomainError, authenticateClientSchema, type Caller } from '@elo/contracts';
import { ClientSecretHasher, RpcClient } from '@elo/messaging';
import { BootstrapAdmin } from './bootstrap-admin';
import type { ClientCredentials } from './client-credentials';

const invalidClient = () => new DomainError('AUTH.INVALID_CLIENT', 'Unknown client or wrong secret.');

/**
 * Checks client credentials in the gateway: the directory returns only the keyed hash it stores
 * (`directory.client.credentials`, which only the gateway may ask), so the secret never crosses the
 * bus. Every path does the same work, so timing tells an unknown id, the admin's id, a revoked client
 * and a wrong secret apart no better than the answer does: one directory lookup, one HMAC compared
 * (against a dummy hash when the id is unknown) and one admin comparison.
 */
@Injectable()
export class ClientAuthenticator {
  constructor(
    private readonly rpc: RpcClient,
    private readonly secrets: ClientSecretHasher,
    private readonly admin: BootstrapAdmin,
  ) {}

  async authenticate(credentials: ClientCredentials): Promise<Caller> {
    // Malformed credentials are an invalid client too: the token endpoint tells callers nothing more.
    const parsed = authenticateClientSchema.safeParse(credentials);
    if (!parsed.success) throw invalidClient();
    const { clientId, clientSecret } = parsed.data;
    const lookup = await this.rpc.send('directory.client.credentials', { clientId }).then(
      (stored) => ({ stored, failure: undefined }),
      (error: unknown) => ({
        stored: undefined,
        failure: error instanceof Error ? error : new Error(String(error)),
      }),
    );
    const { stored } = lookup;
    const matches = this.secrets.verify(
      clientSecret,
      stored?.known ? stored.secretHash : this.secrets.dummyHash,
    );
    const admin = this.admin.authenticate(clientId, clientSecret);
    // The bootstrap admin is the way in while the directory is away (its answer is then the only tell).
    if (admin) return admin;
    // The admin's id needs no directory to be refused; any other needs it to be checked at all.
    if (lookup.failure !== undefined && !this.admin.isAdminClientId(clientId)) throw lookup.failure;
    if (!stored?.known || !stored.active || !matches) throw invalidClient();
    return stored.caller;
  }
}
