import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { ClientSecretHasher, clientSecretHasherFromEnv } from '@elo/messaging';
import type { GatewayConfig } from '../config';
import { ApiClientsController } from './api-clients.controller';
import { AuthGuard } from './auth.guard';
import { AUTH_SETTINGS, authSettingsFrom } from './auth.settings';
import { BootstrapAdmin } from './bootstrap-admin';
import { ClientAuthenticator } from './client-authenticator';
import { ClientStatusCache } from './client-status.cache';
import { RoutePolicyCheck } from './route-policy.check';
import { TokenController } from './token.controller';
import { TokenService } from './token.service';

/** Authentication (tokens), authorization (the global guard) and API client management. */
@Module({})
export class AuthModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: AuthModule,
      imports: [DiscoveryModule],
      controllers: [TokenController, ApiClientsController],
      providers: [
        { provide: AUTH_SETTINGS, useFactory: () => authSettingsFrom(config, new Logger('Auth')) },
        TokenService,
        BootstrapAdmin,
        // ELO_CLIENT_SECRET_KEY, shared with the directory; the gateway refuses to start without it.
        { provide: ClientSecretHasher, useFactory: () => clientSecretHasherFromEnv() },
        ClientAuthenticator,
        ClientStatusCache,
        RoutePolicyCheck,
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
    };
  }
}
