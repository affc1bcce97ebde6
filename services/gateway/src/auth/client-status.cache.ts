import { Inject, Injectable } from '@nestjs/common';
import { DomainError, type Caller } from '@elo/contracts';
import { RpcClient } from '@elo/messaging';
import { AUTH_SETTINGS, type AuthSettings } from './auth.settings';
import { BootstrapAdmin } from './bootstrap-admin';

const MAX_ENTRIES = 10_000;

interface Entry {
  active: boolean;
  until: number;
}

/**
 * Revocation check for every authenticated request. The directory's answer is kept for
 * CLIENT_STATUS_CACHE_MS (at most 30 s), so a revoked client's tokens stop within that bound.
 * When the directory cannot answer and nothing is cached, the request fails (503): fail closed.
 */
@Injectable()
export class ClientStatusCache {
  private readonly entries = new Map<string, Entry>();
  private readonly lookups = new Map<string, Promise<boolean>>();

  constructor(
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
    private readonly rpc: RpcClient,
    private readonly admin: BootstrapAdmin,
  ) {}

  async assertActive(caller: Caller): Promise<void> {
    if (this.admin.isAdminCaller(caller)) return;
    if (!(await this.isActive(caller.clientId))) {
      throw new DomainError('AUTH.UNAUTHENTICATED', 'The client of this token has been revoked.');
    }
  }

  private isActive(clientId: string): Promise<boolean> {
    const cached = this.entries.get(clientId);
    if (cached && cached.until > Date.now()) return Promise.resolve(cached.active);
    // Requests that miss together share one lookup instead of each asking the directory.
    return this.lookups.get(clientId) ?? this.lookup(clientId);
  }

  private lookup(clientId: string): Promise<boolean> {
    const now = Date.now();
    const pending = this.rpc
      .send('directory.client.status', { clientId })
      .then(({ active }) => {
        this.remember(clientId, { active, until: now + this.settings.statusCacheMs });
        return active;
      })
      .finally(() => this.lookups.delete(clientId));
    // With no caching every request asks on its own, as configured.
    if (this.settings.statusCacheMs > 0) this.lookups.set(clientId, pending);
    return pending;
  }

  private remember(clientId: string, entry: Entry): void {
    this.entries.delete(clientId);
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    if (this.settings.statusCacheMs > 0) this.entries.set(clientId, entry);
  }
}
