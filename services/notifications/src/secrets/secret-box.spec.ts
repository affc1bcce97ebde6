import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { SecretBox, loadSecretKey, newEndpointSecret } from './secret-box';

describe('endpoint secrets', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'notif-key-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('are whsec_ secrets the standardwebhooks package accepts', () => {
    const secret = newEndpointSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(() => new Webhook(secret)).not.toThrow();
  });

  it('are stored sealed: the ciphertext hides them and another key cannot open them', () => {
    const box = new SecretBox(loadSecretKey({ NODE_ENV: 'development', ELO_DATA_DIR: dir }));
    const secret = newEndpointSecret();
    const sealed = box.seal(secret);
    expect(JSON.stringify(sealed)).not.toContain(secret.slice(6));
    expect(box.open(sealed)).toBe(secret);
    const other = new SecretBox(Buffer.alloc(32, 7));
    expect(() => other.open(sealed)).toThrow();
  });

  it('keeps one generated key in development, and production refuses to start without one', () => {
    const first = loadSecretKey({ NODE_ENV: 'development', ELO_DATA_DIR: dir });
    expect(loadSecretKey({ NODE_ENV: 'development', ELO_DATA_DIR: dir })).toEqual(first);
    expect(readFileSync(join(dir, 'notifications-secret.key'), 'utf8')).toBe(first.toString('base64'));
    expect(() => loadSecretKey({ NODE_ENV: 'production', ELO_DATA_DIR: dir })).toThrow(
      /required in production/,
    );
    const configured = Buffer.alloc(32, 3).toString('base64');
    expect(
      loadSecretKey({ NODE_ENV: 'production', ELO_DATA_DIR: dir, NOTIFICATIONS_SECRET_KEY: configured }),
    ).toEqual(Buffer.alloc(32, 3));
  });
});
