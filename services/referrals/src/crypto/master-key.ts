import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NamedKey } from './field-cipher';

export interface MasterKeys {
  /** Wraps new and re-wrapped data keys. */
  current: NamedKey;
  /** Older masters, still able to unwrap data keys until rotation has re-wrapped them. */
  previous: NamedKey[];
}

/** `<id>:<base64 of 32 bytes>` */
export function parseMasterKey(text: string): NamedKey {
  const at = text.indexOf(':');
  if (at < 1) throw new Error('a master key is written <id>:<base64 of 32 bytes>');
  const key = Buffer.from(text.slice(at + 1).trim(), 'base64');
  if (key.length !== 32) throw new Error(`master key ${text.slice(0, at)} must be 32 bytes`);
  return { id: text.slice(0, at), key };
}

export interface MasterKeyConfig {
  NODE_ENV: 'development' | 'test' | 'production';
  REFERRALS_MASTER_KEY?: string;
  REFERRALS_PREVIOUS_MASTER_KEYS?: string;
  ELO_DATA_DIR: string;
}

const DEV_KEY_FILE = 'referrals-master.key';

/**
 * The master key from configuration. In production a missing key is refused (the service does not
 * start); elsewhere one is generated once under ELO_DATA_DIR (mode 0600) and reused on restart.
 */
export function resolveMasterKeys(config: MasterKeyConfig): MasterKeys {
  const previous = (config.REFERRALS_PREVIOUS_MASTER_KEYS ?? '')
    .split(',')
    .filter((s) => s.trim())
    .map(parseMasterKey);
  if (config.REFERRALS_MASTER_KEY) return { current: parseMasterKey(config.REFERRALS_MASTER_KEY), previous };
  if (config.NODE_ENV === 'production') {
    throw new Error(
      'REFERRALS_MASTER_KEY is required in production: identifiers cannot be protected without it',
    );
  }
  const file = join(config.ELO_DATA_DIR, DEV_KEY_FILE);
  if (!existsSync(file)) {
    mkdirSync(config.ELO_DATA_DIR, { recursive: true });
    try {
      // 'wx': a second replica starting at the same moment keeps the first one's key.
      writeFileSync(file, `dev-master:${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
      chmodSync(file, 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return { current: parseMasterKey(readFileSync(file, 'utf8').trim()), previous };
}
