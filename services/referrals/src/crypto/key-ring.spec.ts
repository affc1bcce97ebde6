import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blindIndex, decryptText, encryptText, keyIdOf } from './field-cipher';
import { KeyRing, type DataKeyRecord, type DataKeyStore } from './key-ring';
import { resolveMasterKeys } from './master-key';

class MemoryStore implements DataKeyStore {
  readonly rows = new Map<string, DataKeyRecord>();
  all = () => Promise.resolve([...this.rows.values()].map((r) => ({ ...r })));
  get = (id: string) => Promise.resolve(this.rows.has(id) ? { ...this.rows.get(id)! } : null);
  insertIfAbsent = (r: DataKeyRecord) => {
    if (!this.rows.has(r._id)) this.rows.set(r._id, { ...r });
    return Promise.resolve();
  };
  rewrap = (id: string, from: string, wrapped: string, to: string) => {
    const row = this.rows.get(id);
    if (row?.masterKeyId !== from) return Promise.resolve(false);
    this.rows.set(id, { ...row, wrapped, masterKeyId: to });
    return Promise.resolve(true);
  };
  activate = (id: string, purpose: string) => {
    for (const row of this.rows.values()) if (row.purpose === purpose) row.active = row._id === id;
    return Promise.resolve();
  };
}

const master = (id: string) => ({ id, key: randomBytes(32) });

describe('identifier encryption', () => {
  it('seals with the key id inside, opens only with the same key and field', async () => {
    const ring = new KeyRing(new MemoryStore(), { current: master('m1'), previous: [] });
    await ring.init();
    const key = await ring.activeFieldKey();
    const sealed = encryptText(key, 'Maria da Silva', 'name');
    expect(sealed).not.toContain('Maria');
    expect(keyIdOf(sealed)).toBe(key.id);
    expect(decryptText(await ring.fieldKey(keyIdOf(sealed)), sealed, 'name')).toBe('Maria da Silva');
    expect(() => decryptText(key, sealed, 'address')).toThrow();
    expect(encryptText(key, 'Maria da Silva', 'name')).not.toBe(sealed);
  });

  it('rotation re-wraps the data keys under the new master; old ciphertexts still open', async () => {
    const store = new MemoryStore();
    const oldMaster = master('m1');
    const before = new KeyRing(store, { current: oldMaster, previous: [] });
    await before.init();
    const sealed = encryptText(await before.activeFieldKey(), '123.456.789-09', 'cpf');
    const index = blindIndex(await before.indexKey(), 'cpf', 'inst', '12345678909');

    const newMaster = master('m2');
    // A replica already on the new master, the old one still known, while rotation runs.
    const during = new KeyRing(store, { current: newMaster, previous: [oldMaster] });
    const result = await during.rotate({ newFieldKey: true });
    expect(result.rewrapped).toBe(2);
    expect([...store.rows.values()].every((r) => r.masterKeyId === 'm2')).toBe(true);
    expect(result.activeFieldKeyId).not.toBe(keyIdOf(sealed));

    // After rotation the old master can be dropped: everything opens with the new one alone.
    const after = new KeyRing(store, { current: newMaster, previous: [] });
    expect(decryptText(await after.fieldKey(keyIdOf(sealed)), sealed, 'cpf')).toBe('123.456.789-09');
    expect(blindIndex(await after.indexKey(), 'cpf', 'inst', '12345678909')).toBe(index);
    expect((await after.activeFieldKey()).id).toBe(result.activeFieldKeyId);
    // The old master alone no longer opens anything.
    const stale = new KeyRing(store, { current: oldMaster, previous: [] });
    await expect(stale.fieldKey(keyIdOf(sealed))).rejects.toThrow(/not configured/);
  });

  it('scopes the blind index by institution', () => {
    const key = randomBytes(32);
    expect(blindIndex(key, 'cpf', 'a', '12345678909')).toBe(blindIndex(key, 'cpf', 'a', '12345678909'));
    expect(blindIndex(key, 'cpf', 'a', '12345678909')).not.toBe(blindIndex(key, 'cpf', 'b', '12345678909'));
    expect(blindIndex(key, 'cpf', 'a', 'X1')).not.toBe(blindIndex(key, 'passport', 'a', 'X1'));
  });

  it('refuses to start in production without a master key; generates one under ELO_DATA_DIR otherwise', () => {
    const dir = mkdtempSync(join(tmpdir(), 'elo-keys-'));
    expect(() => resolveMasterKeys({ NODE_ENV: 'production', ELO_DATA_DIR: dir })).toThrow(
      /required in production/,
    );
    const first = resolveMasterKeys({ NODE_ENV: 'development', ELO_DATA_DIR: dir });
    const again = resolveMasterKeys({ NODE_ENV: 'development', ELO_DATA_DIR: dir });
    expect(again.current.key.equals(first.current.key)).toBe(true);
    expect(statSync(join(dir, 'referrals-master.key')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'referrals-master.key'), 'utf8')).toMatch(/^dev-master:/);
    const configured = `prod:${randomBytes(32).toString('base64')}`;
    expect(
      resolveMasterKeys({ NODE_ENV: 'production', ELO_DATA_DIR: dir, REFERRALS_MASTER_KEY: configured })
        .current.id,
    ).toBe('prod');
  });
});
