import { randomBytes } from 'node:crypto';
import { newKeyId, open, seal, type NamedKey } from './field-cipher';
import type { MasterKeys } from './master-key';

export type DataKeyPurpose = 'field' | 'index';

/** A data key as stored: only ever wrapped (AES-256-GCM under a master key), never in the clear. */
export interface DataKeyRecord {
  _id: string;
  purpose: DataKeyPurpose;
  wrapped: string;
  masterKeyId: string;
  active: boolean;
  createdAt: Date;
}

export interface DataKeyStore {
  all(): Promise<DataKeyRecord[]>;
  get(id: string): Promise<DataKeyRecord | null>;
  /** Inserts unless the id exists (two replicas creating the first keys at once). */
  insertIfAbsent(record: DataKeyRecord): Promise<void>;
  /** Replaces the wrapping only while it is still under `fromMasterId`. */
  rewrap(id: string, fromMasterId: string, wrapped: string, toMasterId: string): Promise<boolean>;
  /** Makes `id` the one active key of its purpose. */
  activate(id: string, purpose: DataKeyPurpose): Promise<void>;
}

// Fixed ids for the first keys: replicas starting together create the same ones, not two each.
const FIRST_FIELD_KEY = 'fk-initial';
const INDEX_KEY = 'ik-initial';
const aadOf = (id: string) => `elo.referrals.data-key.${id}`;

/**
 * Field and blind-index data keys, wrapped by the master key. Unwrapped keys are cached by id; every
 * ciphertext names its key, so old ciphertexts stay readable while new ones use the active key.
 */
export class KeyRing {
  private readonly plain = new Map<string, Buffer>();
  private activeFieldId: string | undefined;

  constructor(
    private readonly store: DataKeyStore,
    private readonly masters: MasterKeys,
  ) {}

  async init(): Promise<void> {
    const records = await this.store.all();
    if (!records.some((r) => r.purpose === 'index')) await this.create(INDEX_KEY, 'index', true);
    if (!records.some((r) => r.purpose === 'field')) await this.create(FIRST_FIELD_KEY, 'field', true);
    await this.refreshActive();
  }

  async activeFieldKey(): Promise<NamedKey> {
    if (!this.activeFieldId) await this.refreshActive();
    if (!this.activeFieldId) throw new Error('the key ring has no active field key: init() first');
    return { id: this.activeFieldId, key: await this.keyById(this.activeFieldId) };
  }

  async fieldKey(id: string): Promise<NamedKey> {
    return { id, key: await this.keyById(id) };
  }

  async indexKey(): Promise<Buffer> {
    return this.keyById(INDEX_KEY);
  }

  /**
   * Re-wraps every data key under the current master (readers keep working: both masters unwrap while
   * it runs). With `newFieldKey` a fresh field key becomes active too; re-encrypting the stored values
   * under it is the caller's next step. Returns how many keys were re-wrapped and the active field key.
   */
  async rotate(
    opts: { newFieldKey?: boolean } = {},
  ): Promise<{ rewrapped: number; activeFieldKeyId: string }> {
    let rewrapped = 0;
    for (const record of await this.store.all()) {
      if (record.masterKeyId === this.masters.current.id) continue;
      const key = this.unwrap(record);
      const wrapped = seal(this.masters.current, key, aadOf(record._id));
      if (await this.store.rewrap(record._id, record.masterKeyId, wrapped, this.masters.current.id))
        rewrapped++;
    }
    if (opts.newFieldKey) {
      const id = newKeyId('fk');
      await this.create(id, 'field', false);
      await this.store.activate(id, 'field');
    }
    await this.refreshActive();
    return { rewrapped, activeFieldKeyId: this.activeFieldId ?? '' };
  }

  private async create(id: string, purpose: DataKeyPurpose, active: boolean): Promise<void> {
    const wrapped = seal(this.masters.current, randomBytes(32), aadOf(id));
    await this.store.insertIfAbsent({
      _id: id,
      purpose,
      wrapped,
      masterKeyId: this.masters.current.id,
      active,
      createdAt: new Date(),
    });
  }

  private async refreshActive(): Promise<void> {
    const active = (await this.store.all())
      .filter((r) => r.purpose === 'field' && r.active)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    this.activeFieldId = active[0]?._id;
  }

  private async keyById(id: string): Promise<Buffer> {
    const cached = this.plain.get(id);
    if (cached) return cached;
    const record = await this.store.get(id);
    if (!record) throw new Error(`unknown data key ${id}`);
    const key = this.unwrap(record);
    this.plain.set(id, key);
    return key;
  }

  private unwrap(record: DataKeyRecord): Buffer {
    const master = [this.masters.current, ...this.masters.previous].find((m) => m.id === record.masterKeyId);
    if (!master)
      throw new Error(
        `data key ${record._id} is wrapped by master ${record.masterKeyId}, which is not configured`,
      );
    return open(master, record.wrapped, aadOf(record._id));
  }
}
