import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import {
  DomainError,
  IDENTIFIER_FIELDS,
  isValidCpf,
  normalizeCpf,
  type IdentifierField,
  type Identifiers,
} from '@elo/contracts';
import { REFERRALS_CONFIG, type ReferralsConfig } from '../config';
import { MongoDataKeyStore } from './data-key.store';
import { blindIndex, decryptText, encryptText, keyIdOf } from './field-cipher';
import { KeyRing } from './key-ring';
import { resolveMasterKeys } from './master-key';

export type SealedIdentifiers = Partial<Record<IdentifierField, string>>;
export interface BlindIndexes {
  cpf?: string;
  passport?: string;
}

const aad = (caseId: string, field: IdentifierField) => `elo.referrals.case.${caseId}.${field}`;

/** Encrypts a case's identifiers field by field and computes their blind indexes. */
@Injectable()
export class IdentifierCipher implements OnModuleInit {
  readonly ring: KeyRing;

  constructor(store: MongoDataKeyStore, @Inject(REFERRALS_CONFIG) config: ReferralsConfig) {
    this.ring = new KeyRing(store, resolveMasterKeys(config));
  }

  onModuleInit(): Promise<void> {
    return this.ring.init();
  }

  /** Validates the CPF check digits, then seals every present field (bound to its case and field). */
  async seal(
    caseId: string,
    ownerId: string,
    ids: Identifiers,
  ): Promise<{ sealed: SealedIdentifiers; index: BlindIndexes }> {
    const clean: Identifiers = { ...ids };
    if (ids.cpf !== undefined) {
      clean.cpf = normalizeCpf(ids.cpf);
      if (!isValidCpf(clean.cpf))
        throw new DomainError('REFERRAL.INVALID_CPF', 'The CPF check digits do not match');
    }
    if (ids.passport !== undefined) clean.passport = ids.passport.toUpperCase();
    const key = await this.ring.activeFieldKey();
    const sealed: SealedIdentifiers = {};
    for (const field of IDENTIFIER_FIELDS) {
      const value = clean[field];
      if (value !== undefined) sealed[field] = encryptText(key, value, aad(caseId, field));
    }
    return { sealed, index: await this.indexes(ownerId, clean) };
  }

  async indexes(ownerId: string, ids: Pick<Identifiers, 'cpf' | 'passport'>): Promise<BlindIndexes> {
    const indexKey = await this.ring.indexKey();
    return {
      ...(ids.cpf ? { cpf: blindIndex(indexKey, 'cpf', ownerId, normalizeCpf(ids.cpf)) } : {}),
      ...(ids.passport
        ? { passport: blindIndex(indexKey, 'passport', ownerId, ids.passport.toUpperCase()) }
        : {}),
    };
  }

  async open(caseId: string, sealed: SealedIdentifiers): Promise<Identifiers> {
    const out: Identifiers = {};
    for (const field of IDENTIFIER_FIELDS) {
      const value = sealed[field];
      if (value !== undefined)
        out[field] = decryptText(await this.ring.fieldKey(keyIdOf(value)), value, aad(caseId, field));
    }
    return out;
  }
}
