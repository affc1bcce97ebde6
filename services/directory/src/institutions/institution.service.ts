import { Injectable } from '@nestjs/common';
import {
  DomainError,
  isValidCnpj,
  type CreateInstitutionInput,
  type Institution,
  type ListInstitutionsQuery,
  type Page,
  type UpdateInstitutionInput,
} from '@elo/contracts';
import { duplicateKeyField, isDuplicateKeyError } from '@elo/persistence';
import { InstitutionRepository } from './institution.repository';

const MAX_UPDATE_ATTEMPTS = 3;

@Injectable()
export class InstitutionService {
  constructor(private readonly repository: InstitutionRepository) {}

  // Inputs arrive parsed by the RPC catalog's schema; rules that need more than a schema are here.
  async create(input: CreateInstitutionInput): Promise<Institution> {
    assertCnpj(input);
    try {
      return await this.repository.create(input);
    } catch (error) {
      throw mapDuplicate(error);
    }
  }

  async get(id: string): Promise<Institution> {
    const found = await this.repository.findById(id);
    if (!found) throw notFound(id);
    return found;
  }

  async list(query: ListInstitutionsQuery): Promise<Page<Institution>> {
    return this.repository.list(query);
  }

  /** With expectedVersion a stale write fails its precondition; without it, a retried merge. */
  async update(id: string, changes: UpdateInstitutionInput, expectedVersion?: number): Promise<Institution> {
    assertCnpj(changes);
    for (let attempt = 0; attempt < MAX_UPDATE_ATTEMPTS; attempt++) {
      const current = await this.get(id);
      if (expectedVersion !== undefined && current.version !== expectedVersion) throw stale(id);
      try {
        const updated = await this.repository.update(current, changes);
        if (updated) return updated;
      } catch (error) {
        throw mapDuplicate(error);
      }
      // Changed between the read and the write: the expected version is no longer current.
      if (expectedVersion !== undefined) throw stale(id);
    }
    throw conflict(id);
  }
}

function assertCnpj(input: UpdateInstitutionInput): void {
  if (input.cnpj !== undefined && !isValidCnpj(input.cnpj)) {
    throw new DomainError('DIRECTORY.INVALID_CNPJ', 'cnpj: check digits do not match', [
      { field: 'cnpj', message: 'cnpj must be 14 digits with valid check digits' },
    ]);
  }
}

function mapDuplicate(error: unknown): unknown {
  if (!isDuplicateKeyError(error)) return error;
  const field = duplicateKeyField(error);
  return field === 'cnpj'
    ? new DomainError('DIRECTORY.CNPJ_TAKEN', 'Another institution has this CNPJ.')
    : new DomainError('DIRECTORY.ACRONYM_TAKEN', 'Another institution has this acronym.');
}

const notFound = (id: string) =>
  new DomainError('DIRECTORY.INSTITUTION_NOT_FOUND', `No institution with id ${id}.`);
const conflict = (id: string) =>
  new DomainError(
    'COMMON.CONCURRENT_MODIFICATION',
    `Institution ${id} was changed by someone else; reload and retry.`,
  );
const stale = (id: string) =>
  new DomainError(
    'COMMON.PRECONDITION_FAILED',
    `Institution ${id} is no longer at the expected version; reload and retry.`,
  );
