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
  /** The plan activities this training counts towards. */
  activityCodes: z.array(planActivityCodeSchema),
  completedAt: z.iso.datetime(),
  participants: z.array(
    z.object({ audience: z.enum(TRAINING_AUDIENCES), count: z.number().int().positive() }),
  ),
});
export type TrainingCompleted = z.infer<typeof trainingCompletedSchema>;

export const trainingEvents = {
  'training.completed': defineEvent({
    subject: eventSubject('training', 'training.completed'),
    producer: 'training',
    consumers: ['plan-tracking'],
    description: 'A training course ended; counts as evidence for the plan activities it names.',
    schema: trainingCompletedSchema,
  }),
} as const;
