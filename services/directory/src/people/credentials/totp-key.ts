import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface TotpKeySource {
  NODE_ENV: 'development' | 'test' | 'production';
  DIRECTORY_TOTP_KEY?: string | undefined;
  ELO_DATA_DIR: string;
}

/**
 * The key sealing TOTP secrets, from the configuration. Production refuses to start without one (a
 * generated key would be lost with the container, and every second factor with it); development and
 * tests keep a generated key in the data directory, so restarts of `npm start` can still open them.
 */
export function loadTotpKey(config: TotpKeySource): Buffer {
  if (config.DIRECTORY_TOTP_KEY) return Buffer.from(config.DIRECTORY_TOTP_KEY, 'base64');
  if (config.NODE_ENV === 'production') {
    throw new Error('DIRECTORY_TOTP_KEY is required in production (32 bytes, base64)');
  }
  const file = join(config.ELO_DATA_DIR, 'directory-totp.key');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    // 'wx': two processes starting together must not overwrite each other's key.
    try {
      writeFileSync(file, randomBytes(32).toString('base64'), { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    chmodSync(file, 0o600);
  }
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key`);
  return key;
}
