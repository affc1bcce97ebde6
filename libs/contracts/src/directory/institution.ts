import { z } from 'zod';
import { MAX_PAGE_LIMIT } from '../pagination';

export const INSTITUTION_KINDS = [
  'federal_body',
  'state_body',
  'municipal_body',
  'justice_system',
  'civil_society',
  'international_organization',
  'private_company',
  'foreign_government',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export const NETWORKS = ['CONATRAP', 'NETP', 'PAAHM', 'STATE_COMMITTEE'] as const;
export type Network = (typeof NETWORKS)[number];

export const BRAZILIAN_UFS = [
  'AC', 'AL', 'AP', 'AM', 'BA', 'CE', 'DF', 'ES', 'GO', 'MA', 'MT', 'MS', 'MG', 'PA',
  'PB', 'PR', 'PE', 'PI', 'RJ', 'RN', 'RS', 'RO', 'RR', 'SC', 'SP', 'SE', 'TO',
] as const;
export type Uf = (typeof BRAZILIAN_UFS)[number];

export interface CreateInstitutionInput {
  name: string;
  acronym: string;
  kind: InstitutionKind;
  cnpj?: string;
  uf?: Uf;
  municipalityCode?: string;
  networks?: Network[];
}

export interface Institution extends CreateInstitutionInput {
  id: string;
  networks: Network[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type UpdateInstitutionInput = Partial<CreateInstitutionInput>;

export interface ListInstitutionsQuery {
  limit: number;
  cursor?: string;
  kind?: InstitutionKind;
  network?: Network;
  uf?: Uf;
}

// Request schemas: the directory checks what reaches it over NATS as the gateway's DTOs do over HTTP.
// The CNPJ check digits stay with the service, which answers DIRECTORY.INVALID_CNPJ for them.

/** An institution's id (a MongoDB ObjectId) as the API spells it: 24 lowercase hex characters. */
export const INSTITUTION_ID_PATTERN = /^[0-9a-f]{24}$/;

export const directoryIdSchema = z.string().regex(INSTITUTION_ID_PATTERN, 'must be a 24-character hex id');

export const directoryPageQuerySchema = z.strictObject({
  limit: z.number().int().min(1).max(MAX_PAGE_LIMIT),
  cursor: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/, 'must be a cursor returned by this API')
    .optional(),
});

const uniqueItems = (items: readonly unknown[]) => new Set(items).size === items.length;

export const createInstitutionSchema = z.strictObject({
  name: z.string().min(2).max(200),
  acronym: z
    .string()
    .regex(/^[\p{L}\p{N}][\p{L}\p{N} .\-/&]{0,29}$/u, 'must be 1–30 letters, digits, spaces or . - / &'),
  kind: z.enum(INSTITUTION_KINDS),
  cnpj: z.string().optional(),
  uf: z.enum(BRAZILIAN_UFS).optional(),
  municipalityCode: z
    .string()
    .regex(/^\d{7}$/, 'must be a 7-digit IBGE code')
    .optional(),
  networks: z.array(z.enum(NETWORKS)).refine(uniqueItems, 'must not repeat a network').optional(),
}) satisfies z.ZodType<CreateInstitutionInput>;

export const getInstitutionRequestSchema = z.strictObject({ id: directoryIdSchema });

export const updateInstitutionRequestSchema = z.strictObject({
  id: directoryIdSchema,
  changes: createInstitutionSchema.partial(),
  expectedVersion: z.number().int().nonnegative().optional(),
});

export const listInstitutionsQuerySchema = directoryPageQuerySchema.extend({
  kind: z.enum(INSTITUTION_KINDS).optional(),
  network: z.enum(NETWORKS).optional(),
  uf: z.enum(BRAZILIAN_UFS).optional(),
}) satisfies z.ZodType<ListInstitutionsQuery>;
