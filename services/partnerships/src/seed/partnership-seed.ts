import { z } from 'zod';
import {
  COMMITMENT_STATUSES,
  PARTNERSHIP_STATUSES,
  PARTY_ROLES,
  createPartnershipSchema,
  dataFlowSchema,
  type NewPartnership,
} from '@elo/contracts';

// seeds/partnerships.json: demo agreements naming institutions by acronym, as the directory seeds them.

const acronym = z.string().min(1).max(30);

const seedFlowSchema = z.strictObject({
  categories: dataFlowSchema.shape.categories,
  from: acronym,
  to: acronym,
  legalBasis: dataFlowSchema.shape.legalBasis,
  fromDate: dataFlowSchema.shape.from,
  untilDate: dataFlowSchema.shape.until,
});

export const partnershipSeedRecordSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]{3,80}$/),
  kind: createPartnershipSchema.shape.kind,
  sector: createPartnershipSchema.shape.sector,
  title: createPartnershipSchema.shape.title,
  objective: createPartnershipSchema.shape.objective,
  nup: createPartnershipSchema.shape.nup,
  status: z.enum(PARTNERSHIP_STATUSES),
  signedAt: createPartnershipSchema.shape.signedAt,
  effectiveFrom: createPartnershipSchema.shape.effectiveFrom,
  effectiveUntil: createPartnershipSchema.shape.effectiveUntil,
  confidentiality: createPartnershipSchema.shape.confidentiality,
  parties: z.array(z.strictObject({ acronym, role: z.enum(PARTY_ROLES) })).min(1),
  countries: createPartnershipSchema.shape.countries,
  activityCodes: createPartnershipSchema.shape.activityCodes,
  dataSharing: z.strictObject({ flows: z.array(seedFlowSchema).min(1) }).optional(),
  commitments: z
    .array(
      z.strictObject({
        description: z.string().min(1),
        responsible: acronym,
        dueDate: z.iso.date(),
        status: z.enum(COMMITMENT_STATUSES),
      }),
    )
    .optional(),
});
export type PartnershipSeedRecord = z.infer<typeof partnershipSeedRecordSchema>;

export function parsePartnershipSeed(json: unknown): PartnershipSeedRecord[] {
  return z.array(partnershipSeedRecordSchema).parse(json);
}

export function acronymsOf(record: PartnershipSeedRecord): string[] {
  return [
    ...record.parties.map((p) => p.acronym),
    ...(record.dataSharing?.flows.flatMap((f) => [f.from, f.to]) ?? []),
    ...(record.commitments?.map((c) => c.responsible) ?? []),
  ];
}

/** The record as a create request, once every acronym has an id; checked like one. */
export function toNewPartnership(
  record: PartnershipSeedRecord,
  ids: ReadonlyMap<string, string>,
): NewPartnership {
  const id = (a: string) => {
    const found = ids.get(a);
    if (!found) throw new Error(`seed ${record.key}: no institution ${a}`);
    return found;
  };
  return createPartnershipSchema.parse({
    kind: record.kind,
    ...(record.sector ? { sector: record.sector } : {}),
    title: record.title,
    objective: record.objective,
    ...(record.nup ? { nup: record.nup } : {}),
    ...(record.signedAt ? { signedAt: record.signedAt } : {}),
    ...(record.effectiveFrom ? { effectiveFrom: record.effectiveFrom } : {}),
    ...(record.effectiveUntil ? { effectiveUntil: record.effectiveUntil } : {}),
    confidentiality: record.confidentiality,
    parties: record.parties.map((p) => ({ institutionId: id(p.acronym), role: p.role })),
    countries: record.countries,
    activityCodes: record.activityCodes,
    ...(record.dataSharing
      ? {
          dataSharing: {
            flows: record.dataSharing.flows.map((f) => ({
              categories: f.categories,
              fromInstitutionId: id(f.from),
              toInstitutionId: id(f.to),
              legalBasis: f.legalBasis,
              from: f.fromDate,
              until: f.untilDate,
            })),
          },
        }
      : {}),
  });
}
