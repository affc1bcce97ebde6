import { z } from 'zod';
import { OBJECT_ID_PATTERN, idSchema, pageQuerySchema } from '../pagination';
import { acronymText, visibleText } from '../text';
import { cnpjSchema } from './cnpj';

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
  'AC',
  'AL',
  'AP',
  'AM',
  'BA',
  'CE',
  'DF',
  'ES',
  'GO',
  'MA',
  'MT',
  'MS',
  'MG',
  'PA',
  'PB',
  'PR',
  'PE',
  'PI',
  'RJ',
  'RN',
  'RS',
  'RO',
  'RR',
  'SC',
  'SP',
  'SE',
  'TO',
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

export type UpdateInstitutionInput = Partial<CreateInstitutionInput>;

export interface ListInstitutionsQuery {
  limit: number;
  cursor?: string;
  kind?: InstitutionKind;
  network?: Network;
  uf?: Uf;
}

// Request schemas: what the directory accepts over NATS and the gateway over HTTP, in one place.

/** An institution's id (a MongoDB ObjectId) as the API spells it. */
export const INSTITUTION_ID_PATTERN = OBJECT_ID_PATTERN;

/** @deprecated the one id schema is `idSchema`. */
export const directoryIdSchema = idSchema;
/** @deprecated the one page query schema is `pageQuerySchema`. */
export const directoryPageQuerySchema = pageQuerySchema;

const uniqueItems = (items: readonly unknown[]) => new Set(items).size === items.length;

const kindSchema = z.enum(INSTITUTION_KINDS).meta({ description: 'Kind of institution' });
const networkSchema = z.enum(NETWORKS).meta({ description: 'A network it takes part in' });
const ufSchema = z.enum(BRAZILIAN_UFS).meta({ description: 'Federative unit (state) where it is based' });

export const createInstitutionSchema = z.strictObject({
  name: visibleText(2, 200).meta({
    description: 'Official name',
    example: 'Ministério da Justiça e Segurança Pública',
  }),
  acronym: acronymText(30).meta({
    description: 'Acronym, unique regardless of case',
    example: 'MJSP',
    maxLength: 30,
  }),
  kind: kindSchema,
  cnpj: cnpjSchema.optional(),
  uf: ufSchema.optional(),
  municipalityCode: z
    .string()
    .regex(/^\d{7}$/, 'must be a 7-digit IBGE code')
    .meta({ description: 'IBGE municipality code (7 digits)', example: '1400100' })
    .optional(),
  networks: z
    .array(networkSchema)
    .refine(uniqueItems, 'must not repeat a network')
    .meta({ description: 'Networks it takes part in', example: ['CONATRAP'] })
    .optional(),
}) satisfies z.ZodType<CreateInstitutionInput>;

/** A change: any of the fields, none of them null. */
export const updateInstitutionInputSchema =
  createInstitutionSchema.partial() satisfies z.ZodType<UpdateInstitutionInput>;

export const getInstitutionRequestSchema = z.strictObject({ id: idSchema });

export const updateInstitutionRequestSchema = z.strictObject({
  id: idSchema,
  changes: updateInstitutionInputSchema,
  expectedVersion: z.number().int().nonnegative().optional(),
});

export const listInstitutionsQuerySchema = pageQuerySchema.extend({
  kind: kindSchema.meta({ description: 'Only institutions of this kind' }).optional(),
  network: networkSchema.meta({ description: 'Only members of this network' }).optional(),
  uf: ufSchema.meta({ description: 'Only institutions based in this state' }).optional(),
}) satisfies z.ZodType<ListInstitutionsQuery>;
