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
    const stored = await this.rpc.send('directory.client.credentials', { clientId });
    const matches = this.secrets.verify(
      clientSecret,
      stored.known ? stored.secretHash : this.secrets.dummyHash,
    );
    const admin = this.admin.authenticate(clientId, clientSecret);
    if (admin) return admin;
    if (!stored.known || !stored.active || !matches) throw invalidClient();
    return stored.caller;
  }
}
