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

  private async isActive(clientId: string): Promise<boolean> {
    const now = Date.now();
    const cached = this.entries.get(clientId);
    if (cached && cached.until > now) return cached.active;
    const { active } = await this.rpc.send('directory.client.status', { clientId });
    this.remember(clientId, { active, until: now + this.settings.statusCacheMs });
    return active;
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
