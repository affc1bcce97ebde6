import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface DataKeySource {
  NODE_ENV: 'development' | 'test' | 'production';
  ELO_DATA_DIR: string;
}

/**
 * A 32-byte key sealing data at rest, from its setting (`variable`, base64). Production refuses to
 * start without one (a generated key would be lost with the container, and everything it sealed);
 * development and tests keep a generated key in the data directory, so restarts can still open what
 * they sealed.
 */
export function loadDataKey(
  config: DataKeySource,
  variable: string,
  configured: string | undefined,
  fileName: string,
): Buffer {
  if (configured) return Buffer.from(configured, 'base64');
  if (config.NODE_ENV === 'production') {
    throw new Error(`${variable} is required in production (32 bytes, base64)`);
  }
  const file = join(config.ELO_DATA_DIR, fileName);
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
