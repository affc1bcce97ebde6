import { z } from 'zod';
import { defineEvent, eventSubject } from '../events/define-event';

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

/** A plan activity code such as "2.5.1" (axis.action.activity). */
export const planActivityCodeSchema = z
  .string()
  .regex(/^\d+\.\d+\.\d+$/, 'must be a plan activity code like 2.5.1');

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
