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
import { duplicateKeyField, isDuplicateKeyError, writeAtVersion } from '@elo/persistence';
import { InstitutionRepository } from './institution.repository';

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
    return writeAtVersion({
      what: `Institution ${id}`,
      expectedVersion,
      read: () => this.get(id),
      version: (current) => current.version,
      write: async (current) => {
        try {
          return await this.repository.update(current, changes);
        } catch (error) {
          throw mapDuplicate(error);
        }
      },
    });
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
