import { randomBytes } from 'node:crypto';
import type { Logger } from '@nestjs/common';
import type { GatewayConfig } from '../config';

export const AUTH_SETTINGS = Symbol('AUTH_SETTINGS');

export interface AuthSettings {
  signingKey: Uint8Array;
  issuer: string;
  audience: string;
  ttlSeconds: number;
  statusCacheMs: number;
  adminClientId: string;
  adminClientSecret: string;
}

export function authSettingsFrom(config: GatewayConfig, logger: Pick<Logger, 'warn'>): AuthSettings {
  let signingKey: Uint8Array;
  if (config.JWT_SIGNING_KEY) {
    signingKey = new Uint8Array(Buffer.from(config.JWT_SIGNING_KEY, 'base64'));
  } else {
    // Development only (the config refuses this in production): tokens die with this process.
    signingKey = new Uint8Array(randomBytes(32));
    logger.warn(
      'JWT_SIGNING_KEY is unset: using a random development key; tokens end when the gateway restarts',
    );
  }
  return {
    signingKey,
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    ttlSeconds: config.TOKEN_TTL_SECONDS,
    statusCacheMs: config.CLIENT_STATUS_CACHE_MS,
    adminClientId: config.ELO_ADMIN_CLIENT_ID,
    adminClientSecret: config.ELO_ADMIN_CLIENT_SECRET,
  };
}
