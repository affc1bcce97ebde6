import { z } from 'zod';
import { defineEvent, eventSubject } from '../events/define-event';
import { planActivityCodeSchema } from '../plan/plan-period';

/** Who sat a training: the professional field of the participants. */
export const TRAINING_AUDIENCES = [
  'justice_system',
  'law_enforcement',
  'health',
  'social_assistance',
  'education',
  'labour_inspection',
  'migration_services',
  'civil_society',
  'other',
] as const;
export type TrainingAudience = (typeof TRAINING_AUDIENCES)[number];

export const trainingCompletedSchema = z.object({
  trainingId: z.string().min(1),
  title: z.string().min(1),
  /** Who organised it (notifications route the event to it); absent on events sent before it was added. */
  organiserInstitutionId: z.string().min(1).optional(),
  /** The plan activities this training counts towards. */
  activityCodes: z.array(planActivityCodeSchema),
  completedAt: z.iso.datetime(),
  participants: z.array(
    z.object({ audience: z.enum(TRAINING_AUDIENCES), count: z.number().int().positive() }),
  ),
});
export type TrainingCompleted = z.infer<typeof trainingCompletedSchema>;

/** What training.scheduled / enrollment-opened / cancelled say about a course: no participant data. */
export const trainingEventSummarySchema = z.object({
  trainingId: z.string().min(1),
  title: z.string().min(1),
  modality: z.enum(['in_person', 'online', 'hybrid']),
  organiserInstitutionId: z.string().min(1),
  uf: z.string().length(2).optional(),
  municipalityCode: z
    .string()
    .regex(/^\d{7}$/)
    .optional(),
  firstSessionStart: z.iso.datetime({ offset: true }),
  capacity: z.number().int().positive(),
  audiences: z.array(z.enum(TRAINING_AUDIENCES)),
  activityCodes: z.array(planActivityCodeSchema),
});
export type TrainingEventSummary = z.infer<typeof trainingEventSummarySchema>;

export const trainingCancelledSchema = trainingEventSummarySchema.extend({
  cancelledAt: z.iso.datetime(),
});

/** The details of a course that PATCH changes; training.updated names those a change sent. */
export const TRAINING_CHANGEABLE_FIELDS = [
  'title',
  'description',
  'capacity',
  'audiences',
  'partnerInstitutionIds',
  'partnershipId',
  'instructorIds',
  'moduleIds',
  'activityCodes',
  'completionRule',
] as const;

/** The course as changed (summary of its new state), which fields the change sent, and its new version. */
export const trainingUpdatedSchema = trainingEventSummarySchema.extend({
  changedFields: z
    .array(z.enum(TRAINING_CHANGEABLE_FIELDS))
    .min(1)
    .meta({
      description: 'The fields the change sent (values of free text are not carried)',
      example: ['capacity'],
    }),
  version: z
    .number()
    .int()
    .positive()
    .meta({ description: 'The course version after the change (its ETag)', example: 3 }),
  updatedAt: z.iso.datetime(),
});
export type TrainingUpdated = z.infer<typeof trainingUpdatedSchema>;

export const trainingEvents = {
  'training.scheduled': defineEvent({
    subject: eventSubject('training', 'training.scheduled'),
    producer: 'training',
    consumers: ['notifications'],
    description: 'A training course was planned (no participant data).',
    schema: trainingEventSummarySchema,
  }),
  'training.enrollment-opened': defineEvent({
    subject: eventSubject('training', 'training.enrollment-opened'),
    producer: 'training',
    consumers: ['notifications'],
    description: 'A training course opened enrolment (no participant data).',
    schema: trainingEventSummarySchema,
  }),
  'training.updated': defineEvent({
    subject: eventSubject('training', 'training.updated'),
    producer: 'training',
    consumers: ['notifications'],
    description:
      "A training course's details changed (PATCH); carries its new summary (no participant data).",
    schema: trainingUpdatedSchema,
  }),
  'training.cancelled': defineEvent({
    subject: eventSubject('training', 'training.cancelled'),
    producer: 'training',
    consumers: ['notifications'],
    description: 'A training course was cancelled (no participant data).',
    schema: trainingCancelledSchema,
  }),
  'training.completed': defineEvent({
    subject: eventSubject('training', 'training.completed'),
    producer: 'training',
    consumers: ['plan-tracking', 'notifications'],
    description: 'A training course ended; counts as evidence for the plan activities it names.',
    schema: trainingCompletedSchema,
  }),
} as const;
