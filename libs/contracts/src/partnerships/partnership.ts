import { z } from 'zod';
import { calendarDateSchema, planActivityCodeSchema } from '../plan/plan-period';
import {
  COMMITMENT_STATUSES,
  CONFIDENTIALITY_LEVELS,
  PARTNERSHIP_KINDS,
  PARTNERSHIP_SECTORS,
  PARTNERSHIP_STATUSES,
  PARTY_ROLES,
  countryCodeSchema,
  dataSharingTermsSchema,
  partnershipInstitutionIdSchema,
} from './partnership-terms';
import { nupSchema } from './nup';

// What agreements look like in requests. Responses (partnership-view.ts) build on these.

export const MAX_PARTIES = 50;
export const MAX_COUNTRIES = 60;
export const MAX_LINKED_ACTIVITIES = 30;
export const MAX_DOCUMENTS = 30;
export const MAX_COMMITMENTS = 100;
export const MAX_EVIDENCE_LINKS = 20;

function unique<T>(key: (item: T) => unknown): (items: readonly T[]) => boolean {
  return (items) => new Set(items.map(key)).size === items.length;
}
const text = (max: number) => z.string().trim().min(1).max(max).regex(/\S/, 'must not be blank');

export const partySchema = z
  .strictObject({
    institutionId: partnershipInstitutionIdSchema,
    role: z.enum(PARTY_ROLES).meta({ description: 'Role in the agreement', example: 'signatory' }),
  })
  .meta({ description: 'A directory institution taking part, with its role' });

export const douPublicationSchema = z
  .strictObject({
    section: z.union([z.literal(1), z.literal(2), z.literal(3)]).meta({
      description: 'Section of the Diário Oficial da União (extracts of agreements go in section 3)',
      example: 3,
    }),
    date: calendarDateSchema.meta({ description: 'Publication date (YYYY-MM-DD)', example: '2025-03-14' }),
    page: z.number().int().min(1).max(10_000).meta({ description: 'Page', example: 112 }),
  })
  .meta({ description: 'Publication of the extract in the Diário Oficial' });

export const partnershipDocumentSchema = z
  .strictObject({
    title: text(200).meta({ description: 'Title', example: 'Extrato do Acordo de Cooperação Técnica' }),
    url: z.httpUrl('must be an http(s) URL').max(2000).meta({ description: 'Where it is published' }),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex characters')
      .meta({ description: 'SHA-256 of the file, lowercase hex' }),
    date: calendarDateSchema.meta({
      description: 'Date of the document (YYYY-MM-DD)',
      example: '2025-03-10',
    }),
  })
  .meta({ description: 'A document of the agreement' });

export const evidenceLinkSchema = z
  .strictObject({
    title: text(200).meta({ description: 'What it shows', example: 'Relatório de campanha' }),
    url: z.httpUrl('must be an http(s) URL').max(2000).meta({ description: 'Link to it' }),
  })
  .meta({ description: 'A link showing a commitment was kept' });

const fields = {
  kind: z.enum(PARTNERSHIP_KINDS).meta({ description: 'Kind of agreement', example: 'private_sector' }),
  sector: z.enum(PARTNERSHIP_SECTORS).meta({ description: 'Private-sector area', example: 'air_transport' }),
  title: text(300).meta({
    description: 'Title',
    example: 'Pacto pela prevenção ao tráfico no transporte aéreo',
  }),
  objective: text(5000).meta({ description: 'Objective of the agreement' }),
  nup: nupSchema,
  dou: douPublicationSchema,
  signedAt: calendarDateSchema.meta({ description: 'Signature date (YYYY-MM-DD)', example: '2025-03-10' }),
  effectiveFrom: calendarDateSchema.meta({
    description: 'First day in force (YYYY-MM-DD)',
    example: '2025-03-14',
  }),
  effectiveUntil: calendarDateSchema.meta({
    description:
      'Last day in force (YYYY-MM-DD); only memoranda, bilateral and multilateral agreements may omit it',
    example: '2027-03-13',
  }),
  confidentiality: z.enum(CONFIDENTIALITY_LEVELS).meta({
    description: 'restricted: visible only to its parties and to coordinators',
    example: 'public',
  }),
  parties: z
    .array(partySchema)
    .min(1)
    .max(MAX_PARTIES)
    .refine(
      unique((p: { institutionId: string }) => p.institutionId),
      'must not name an institution twice',
    )
    .meta({ description: 'Institutions taking part' }),
  countries: z
    .array(countryCodeSchema)
    .max(MAX_COUNTRIES)
    .refine(
      unique((c: string) => c),
      'must not repeat a country',
    )
    .meta({ description: 'Countries taking part (ISO 3166-1 alpha-2)', example: ['AR', 'PY'] }),
  activityCodes: z
    .array(planActivityCodeSchema)
    .max(MAX_LINKED_ACTIVITIES)
    .refine(
      unique((c: string) => c),
      'must not repeat a code',
    )
    .meta({ description: 'Plan activities the agreement serves', example: ['2.5.1'] }),
  documents: z.array(partnershipDocumentSchema).max(MAX_DOCUMENTS).meta({ description: 'Documents' }),
  dataSharing: dataSharingTermsSchema,
};

export const createPartnershipSchema = z
  .strictObject({
    ...fields,
    sector: fields.sector.optional(),
    nup: fields.nup.optional(),
    dou: fields.dou.optional(),
    signedAt: fields.signedAt.optional(),
    effectiveFrom: fields.effectiveFrom.optional(),
    effectiveUntil: fields.effectiveUntil.optional(),
    confidentiality: fields.confidentiality.default('public'),
    countries: fields.countries.default([]),
    activityCodes: fields.activityCodes.default([]),
    documents: fields.documents.default([]),
    dataSharing: fields.dataSharing.optional(),
  })
  .meta({ description: 'A new agreement; it starts as a draft' });
export type CreatePartnershipInput = z.input<typeof createPartnershipSchema>;
export type NewPartnership = z.output<typeof createPartnershipSchema>;

/** A coordinator's change; `null` clears an optional field. Dates of a signed agreement change by amendment. */
export const updatePartnershipSchema = z
  .strictObject({
    sector: fields.sector.nullable().optional(),
    title: fields.title.optional(),
    objective: fields.objective.optional(),
    nup: fields.nup.nullable().optional(),
    dou: fields.dou.nullable().optional(),
    signedAt: fields.signedAt.nullable().optional(),
    effectiveFrom: fields.effectiveFrom.nullable().optional(),
    effectiveUntil: fields.effectiveUntil.nullable().optional(),
    confidentiality: fields.confidentiality.optional(),
    parties: fields.parties.optional(),
    countries: fields.countries.optional(),
    activityCodes: fields.activityCodes.optional(),
    documents: fields.documents.optional(),
    dataSharing: fields.dataSharing.nullable().optional(),
  })
  .meta({ description: 'Changes to an agreement; absent fields stay, null clears' });
export type UpdatePartnershipInput = z.output<typeof updatePartnershipSchema>;

export const transitionInputSchema = z
  .strictObject({
    to: z.enum(PARTNERSHIP_STATUSES).meta({ description: 'The new status', example: 'negotiation' }),
    reason: text(2000).meta({ description: 'Why', example: 'Minuta enviada às partes' }),
  })
  .meta({ description: 'A change of status' });
export type TransitionInput = z.output<typeof transitionInputSchema>;

export const commitmentInputSchema = z
  .strictObject({
    description: text(2000).meta({ description: 'What is to be done', example: 'Capacitar tripulações' }),
    responsibleInstitutionId: partnershipInstitutionIdSchema.meta({
      description: 'The party responsible (directory id)',
    }),
    dueDate: calendarDateSchema.meta({ description: 'Due date (YYYY-MM-DD)', example: '2025-12-31' }),
  })
  .meta({ description: 'A commitment of the work plan' });
export type CommitmentInput = z.output<typeof commitmentInputSchema>;

export const commitmentUpdateSchema = z
  .strictObject({
    description: commitmentInputSchema.shape.description.optional(),
    responsibleInstitutionId: commitmentInputSchema.shape.responsibleInstitutionId.optional(),
    dueDate: commitmentInputSchema.shape.dueDate.optional(),
    status: z
      .enum(COMMITMENT_STATUSES)
      .exclude(['done'])
      .optional()
      .meta({ description: 'New status (use complete for done)', example: 'in_progress' }),
    evidence: z
      .array(evidenceLinkSchema)
      .max(MAX_EVIDENCE_LINKS)
      .optional()
      .meta({ description: 'Links showing the commitment was kept (replace the list)' }),
  })
  .meta({ description: 'Changes to a commitment' });
export type CommitmentUpdate = z.output<typeof commitmentUpdateSchema>;

export const commitmentCompletionSchema = z
  .strictObject({
    evidence: z
      .array(evidenceLinkSchema)
      .max(MAX_EVIDENCE_LINKS)
      .optional()
      .meta({ description: 'Links showing the commitment was kept' }),
  })
  .meta({ description: 'Completes a commitment, optionally adding evidence links' });
export type CommitmentCompletion = z.output<typeof commitmentCompletionSchema>;

export const amendmentInputSchema = z
  .strictObject({
    description: text(2000).meta({ description: 'What the amendment (termo aditivo) changes and why' }),
    signedAt: fields.signedAt,
    effectiveUntil: fields.effectiveUntil.nullable().optional(),
    effectiveFrom: fields.effectiveFrom.optional(),
    commitments: z
      .array(commitmentInputSchema)
      .max(MAX_COMMITMENTS)
      .optional()
      .meta({ description: 'Commitments added by the amendment' }),
  })
  .meta({ description: 'An amendment (termo aditivo) of a signed agreement' });
export type AmendmentInput = z.output<typeof amendmentInputSchema>;

export const renewalInputSchema = z
  .strictObject({
    title: fields.title.optional(),
    effectiveFrom: fields.effectiveFrom,
    effectiveUntil: fields.effectiveUntil.optional(),
  })
  .meta({ description: 'A renewal: a new term, as a draft, linked to this one' });
export type RenewalInput = z.output<typeof renewalInputSchema>;
