import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A writer of secrets under `dir`: the folder 0700 and each file 0600, set explicitly because the
 * umask or an existing folder may be wider. Returns each written file's path.
 */
export function privateFileWriter(dir: string): (name: string, content: string) => string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  return (name, content) => {
    const path = join(dir, name);
    writeFileSync(path, content, { mode: 0o600 });
    chmodSync(path, 0o600);
    return path;
  };
}
