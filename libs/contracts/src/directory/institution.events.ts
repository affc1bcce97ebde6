import { z } from 'zod';
import { defineEvent, eventSubject } from '../events/define-event';
import { BRAZILIAN_UFS, INSTITUTION_KINDS, NETWORKS } from './institution';

// Event-carried state: consumers keep a local copy and apply a snapshot only if its version is newer.
export const institutionSnapshotSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  acronym: z.string().min(1),
  kind: z.enum(INSTITUTION_KINDS),
  uf: z.enum(BRAZILIAN_UFS).optional(),
  municipalityCode: z
    .string()
    .regex(/^\d{7}$/)
    .optional(),
  networks: z.array(z.enum(NETWORKS)),
  version: z.number().int().nonnegative(),
});
export type InstitutionSnapshot = z.infer<typeof institutionSnapshotSchema>;

export const directoryEvents = {
  'institution.created': defineEvent({
    subject: eventSubject('directory', 'institution.created'),
    producer: 'directory',
    consumers: ['plan-tracking', 'training', 'partnerships', 'referrals', 'notifications'],
    description: 'An institution joined the directory.',
    schema: institutionSnapshotSchema,
  }),
  'institution.updated': defineEvent({
    subject: eventSubject('directory', 'institution.updated'),
    producer: 'directory',
    consumers: ['plan-tracking', 'training', 'partnerships', 'referrals', 'notifications'],
    description: "An institution's record changed; carries the full new snapshot.",
    schema: institutionSnapshotSchema,
  }),
} as const;
