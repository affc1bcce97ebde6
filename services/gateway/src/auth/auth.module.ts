import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { ClientSecretHasher, clientSecretHasherFromEnv } from '@elo/messaging';
import type { GatewayConfig } from '../config';
import { AccountController } from '../session/account.controller';
import { InvitationsController } from '../session/invitations.controller';
import { PeopleController } from '../session/people.controller';
import { PasswordAuthenticator } from '../session/person-authenticator';
import { SessionAuthenticator } from '../session/session-authenticator';
import { SessionController } from '../session/session.controller';
import { SESSION_SETTINGS, sessionSettingsFrom } from '../session/session.settings';
import { ApiClientsController } from './api-clients.controller';
import { AuthGuard } from './auth.guard';
import { AUTH_SETTINGS, authSettingsFrom } from './auth.settings';
import { BootstrapAdmin } from './bootstrap-admin';
import { ClientAuthenticator } from './client-authenticator';
import { ClientStatusCache } from './client-status.cache';
import { RoutePolicyCheck } from './route-policy.check';
import { TokenController } from './token.controller';
import { TokenService } from './token.service';

/** Authentication (tokens, people's sessions), authorization (the global guard), clients and people. */
@Module({})
export class AuthModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: AuthModule,
      imports: [DiscoveryModule],
      controllers: [
        TokenController,
        ApiClientsController,
        SessionController,
        AccountController,
        InvitationsController,
        PeopleController,
      ],
      providers: [
        { provide: AUTH_SETTINGS, useFactory: () => authSettingsFrom(config, new Logger('Auth')) },
        TokenService,
        BootstrapAdmin,
        // ELO_CLIENT_SECRET_KEY, shared with the directory; the gateway refuses to start without it.
        { provide: ClientSecretHasher, useFactory: () => clientSecretHasherFromEnv() },
        ClientAuthenticator,
        ClientStatusCache,
        RoutePolicyCheck,
        { provide: SESSION_SETTINGS, useValue: sessionSettingsFrom(config) },
        SessionAuthenticator,
        PasswordAuthenticator,
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
    };
  }
}
