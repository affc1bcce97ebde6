import type { GatewayConfig } from '../config';
import type { CookieOptions } from './session-cookie';
import { secureCookies } from './session.config';

export const SESSION_SETTINGS = Symbol('SESSION_SETTINGS');

export interface SessionSettings {
  cookie: CookieOptions;
  /** Without a trailing slash. */
  publicUrl: string;
}

export function sessionSettingsFrom(config: GatewayConfig): SessionSettings {
  return { cookie: { secure: secureCookies(config) }, publicUrl: config.ELO_PUBLIC_URL };
}
