import { z } from 'zod';
import { d, isoTimeSchema as isoTime } from '../view-meta';
import { ROLES } from '../caller';
import { pageSchema } from '../pagination';
import { BRAZILIAN_UFS, INSTITUTION_KINDS, NETWORKS } from './institution';

// What the directory answers. Written as schemas so the API documents them exactly, and the types
// are read from them: one definition of each answer.

export const institutionSchema = z
  .object({
    id: z.string().meta(d('Institution id')),
    name: z.string().meta(d('Official name')),
    acronym: z.string().meta(d('Acronym')),
    kind: z.enum(INSTITUTION_KINDS).meta(d('Kind of institution')),
    cnpj: z.string().optional().meta(d('CNPJ (14 digits, or 12 digits or letters then 2 digits)')),
    uf: z.enum(BRAZILIAN_UFS).optional().meta(d('Federative unit')),
    municipalityCode: z.string().optional().meta(d('IBGE municipality code')),
    networks: z.array(z.enum(NETWORKS)).meta(d('Networks it takes part in')),
    version: z.number().int().meta(d('Version, incremented on every change (optimistic concurrency)')),
    createdAt: isoTime('Creation time'),
    updatedAt: isoTime('Last change'),
  })
  .meta(d('An institution of the network'));
export type Institution = z.infer<typeof institutionSchema>;

export const institutionPageSchema = pageSchema(institutionSchema, 'This page of institutions');

/** An institution's system that calls the API. The secret is never part of it. */
export const apiClientSchema = z
  .object({
    clientId: z.string().meta({
      description: 'Client id, used as client_id at /v1/auth/token',
      example: 'elo_3q2-7wEs1b6TK0bI8zQy9A',
    }),
    institutionId: z.string().meta(d('Institution it belongs to')),
    name: z.string().meta(d('What the client is')),
    roles: z.array(z.enum(ROLES)).meta(d('Roles its tokens carry')),
    revokedAt: z
      .string()
      .nullable()
      .meta(d('When it was revoked (ISO 8601): its tokens stop working; null while active')),
    createdAt: isoTime('Creation time'),
    updatedAt: isoTime('Last change'),
  })
  .meta(d('An API client'));
export type ApiClient = z.infer<typeof apiClientSchema>;

/** The answer to a creation: the only time the secret is ever returned. */
export const createdApiClientSchema = apiClientSchema
  .extend({
    clientSecret: z.string().meta({
      description: 'The secret, shown this once: only a keyed hash of it is stored',
      format: 'password',
    }),
  })
  .meta(d('The new API client with its secret (shown once)'));
export type CreatedApiClient = z.infer<typeof createdApiClientSchema>;

export const apiClientPageSchema = pageSchema(apiClientSchema, 'This page of clients (never their secrets)');
