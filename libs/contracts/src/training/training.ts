import { z } from 'zod';
import { BRAZILIAN_UFS, INSTITUTION_ID_PATTERN, type Uf } from '../directory/institution';
import { pageQuerySchema } from '../pagination';
import { planActivityCodeSchema } from '../plan/plan-period';
import { TRAINING_AUDIENCES, type TrainingAudience } from './training.events';

// Curriculum modules, the expert bank and training events: the public side of capacity building.
// Participants (personal data) are in training-participants.ts.

export const TRAINING_MODALITIES = ['in_person', 'online', 'hybrid'] as const;
export type TrainingModality = (typeof TRAINING_MODALITIES)[number];

export const TRAINING_STATUSES = ['planned', 'open', 'in_progress', 'completed', 'cancelled'] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];

/** Brazil's IANA time zones (it spans four offsets, and some states differ in daylight saving history). */
export const BRAZIL_TIMEZONES = [
  'America/Noronha',
  'America/Belem',
  'America/Fortaleza',
  'America/Recife',
  'America/Araguaina',
  'America/Maceio',
  'America/Bahia',
  'America/Sao_Paulo',
  'America/Campo_Grande',
  'America/Cuiaba',
  'America/Santarem',
  'America/Porto_Velho',
  'America/Boa_Vista',
  'America/Manaus',
  'America/Eirunepe',
  'America/Rio_Branco',
] as const;
export type BrazilTimezone = (typeof BRAZIL_TIMEZONES)[number];

/** Share of an event's hours a participant must attend for a certificate, unless the event sets one. */
export const DEFAULT_MIN_ATTENDANCE_SHARE = 0.75;
export const MAX_EVENT_CAPACITY = 5000;
export const MAX_SESSIONS = 100;

const unique = (values: readonly unknown[]) => new Set(values).size === values.length;
const text = (max: number) => z.string().trim().min(1).max(max);
export const trainingIdSchema = z
  .string()
  .regex(INSTITUTION_ID_PATTERN, 'must be a 24-character lowercase hex id')
  .meta({ description: 'Id (24 lowercase hex characters)', example: '665f1c2e9b1e8a0012345678' });
const idList = (what: string, max: number) =>
  z.array(trainingIdSchema).max(max).refine(unique, `must not repeat ${what}`);
const audiences = z
  .array(z.enum(TRAINING_AUDIENCES))
  .min(1)
  .refine(unique, 'must not repeat an audience')
  .meta({ description: 'Target audiences', example: ['justice_system'] });
const activityCodes = z
  .array(planActivityCodeSchema)
  .max(50)
  .refine(unique, 'must not repeat an activity code')
  .meta({ description: 'IV Plano activity codes served', example: ['1.4.2'] });
export const professionalEmailSchema = z
  .email()
  .max(254)
  .transform((v) => v.toLowerCase())
  .meta({ description: 'Professional email', example: 'maria.souza@example.org' });

export const trainingPageQuerySchema = pageQuerySchema;

// ---- curriculum modules

export interface CurriculumModule {
  id: string;
  title: string;
  hours: number;
  objectives: string[];
  audiences: TrainingAudience[];
  activityCodes: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const createModuleSchema = z.strictObject({
  title: text(200).meta({ description: 'Module title', example: 'Conceitos e marco legal' }),
  hours: z.number().positive().max(500).meta({ description: 'Workload in hours', example: 4 }),
  objectives: z
    .array(text(500))
    .min(1)
    .max(30)
    .meta({ description: 'Learning objectives', example: ['Reconhecer os elementos do art. 149-A'] }),
  audiences,
  activityCodes,
});
export type CreateModuleInput = z.output<typeof createModuleSchema>;

/** The fields of a module to change; those left out stay as they are. */
export const updateModuleSchema = createModuleSchema.partial();
export type UpdateModuleInput = z.output<typeof updateModuleSchema>;

export const updateModuleRequestSchema = z.strictObject({
  id: trainingIdSchema,
  changes: updateModuleSchema,
  /** The version the caller read (If-Match): any other current version is COMMON.PRECONDITION_FAILED. */
  expectedVersion: z.number().int().nonnegative().optional(),
});

export const listModulesQuerySchema = trainingPageQuerySchema.extend({
  audience: z.enum(TRAINING_AUDIENCES).optional().meta({ description: 'Only modules for this audience' }),
  activityCode: planActivityCodeSchema.optional().meta({ description: 'Only modules serving this activity' }),
});
export type ListModulesQuery = z.output<typeof listModulesQuerySchema>;

// ---- expert bank

export interface Expert {
  id: string;
  name: string;
  email: string;
  institutionId: string;
  areas: string[];
  languages: string[];
  uf?: Uf;
  /** When and by whom the expert's consent to be listed was recorded. */
  consent: { statement: string; recordedAt: string; recordedBy: string };
  createdAt: string;
}

export const createExpertSchema = z.strictObject({
  name: text(200).meta({ description: 'Full name', example: 'Dra. Ana Exemplo' }),
  email: professionalEmailSchema,
  institutionId: trainingIdSchema,
  areas: z
    .array(text(100))
    .min(1)
    .max(20)
    .meta({ description: 'Areas of expertise', example: ['jurisprudência'] }),
  languages: z
    .array(z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language tag like pt or es'))
    .min(1)
    .max(10)
    .meta({ description: 'Languages (BCP 47)', example: ['pt', 'es'] }),
  uf: z.enum(BRAZILIAN_UFS).optional().meta({ description: 'State where the expert works' }),
  consent: z
    .strictObject({
      given: z.literal(true).meta({ description: 'The expert agreed to be listed' }),
      statement: text(1000).meta({ description: 'What the expert agreed to, as recorded' }),
    })
    .meta({ description: 'The recorded consent; without it nobody is listed' }),
});
export type CreateExpertInput = z.output<typeof createExpertSchema>;

export const listExpertsQuerySchema = trainingPageQuerySchema.extend({
  area: text(100).optional().meta({ description: 'Only experts in this area' }),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/)
    .optional()
    .meta({ description: 'Only experts speaking this language (BCP 47)' }),
  uf: z.enum(BRAZILIAN_UFS).optional().meta({ description: 'Only experts working in this UF' }),
});
export type ListExpertsQuery = z.output<typeof listExpertsQuerySchema>;

export const idRequestSchema = z.strictObject({ id: trainingIdSchema });

// ---- training events

export interface TrainingPlace {
  uf: Uf;
  municipalityCode: string;
  municipalityName: string;
}

export interface TrainingSession {
  id: string;
  start: string;
  end: string;
  hours: number;
}

export interface TrainingEvent {
  id: string;
  title: string;
  description?: string;
  modality: TrainingModality;
  place?: TrainingPlace;
  timezone: BrazilTimezone;
  sessions: TrainingSession[];
  totalHours: number;
  capacity: number;
  audiences: TrainingAudience[];
  organiserInstitutionId: string;
  partnerInstitutionIds: string[];
  partnershipId?: string;
  instructorIds: string[];
  moduleIds: string[];
  activityCodes: string[];
  completionRule: { minAttendanceShare: number };
  status: TrainingStatus;
  enrolled: number;
  waiting: number;
  /** Demo data loaded by the seed, not a real course. */
  demo: boolean;
  completedAt?: string;
  cancelledAt?: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const sessionSchema = z
  .strictObject({
    start: z.iso.datetime({ offset: true }).meta({ example: '2025-03-10T14:00:00-03:00' }),
    end: z.iso.datetime({ offset: true }).meta({ example: '2025-03-10T18:00:00-03:00' }),
  })
  .refine((s) => Date.parse(s.end) > Date.parse(s.start), {
    message: 'end must be after start',
    path: ['end'],
  })
  .refine((s) => Date.parse(s.end) - Date.parse(s.start) <= 24 * 3_600_000, {
    message: 'a session lasts at most 24 hours',
    path: ['end'],
  });

const eventFields = {
  title: text(200).meta({ description: 'Course title', example: 'Jurisprudência sul-americana' }),
  description: text(5000).optional().meta({ description: 'What the course covers' }),
  modality: z.enum(TRAINING_MODALITIES).meta({ description: 'in_person, online or hybrid' }),
  place: z
    .strictObject({
      uf: z.enum(BRAZILIAN_UFS).meta({ description: 'State (UF)', example: 'SP' }),
      municipalityCode: z
        .string()
        .regex(/^\d{7}$/, 'must be a 7-digit IBGE code')
        .meta({ description: 'IBGE municipality code', example: '3550308' }),
    })
    .optional()
    .meta({ description: 'Where it happens; required unless the course is online' }),
  timezone: z
    .enum(BRAZIL_TIMEZONES)
    .meta({ description: 'Time zone of the sessions', example: 'America/Sao_Paulo' }),
  sessions: z
    .array(sessionSchema)
    .min(1)
    .max(MAX_SESSIONS)
    .meta({ description: 'Sessions, each with start and end' }),
  capacity: z.number().int().min(1).max(MAX_EVENT_CAPACITY).meta({ description: 'Seats', example: 40 }),
  audiences,
  organiserInstitutionId: trainingIdSchema,
  partnerInstitutionIds: idList('an institution', 50)
    .optional()
    .meta({ description: 'Partner institutions (directory ids)' }),
  partnershipId: trainingIdSchema.optional().meta({
    description:
      'Partnership agreement the course belongs to (e.g. EUROFRONT), once signed (TRAINING.UNKNOWN_REFERENCE otherwise)',
  }),
  instructorIds: idList('an instructor', 50)
    .optional()
    .meta({ description: 'Instructors, from the expert bank' }),
  moduleIds: idList('a module', 50).optional().meta({ description: 'Curriculum modules taught' }),
  activityCodes: activityCodes.optional(),
  completionRule: z
    .strictObject({
      minAttendanceShare: z
        .number()
        .gt(0)
        .max(1)
        .meta({ description: 'Share of hours to attend', example: 0.75 }),
    })
    .optional()
    .meta({ description: 'Certificate rule; 75 % of the hours unless set' }),
};

export const createEventSchema = z.strictObject(eventFields).superRefine((input, ctx) => {
  if (input.modality === 'online' && input.place) {
    ctx.addIssue({ code: 'custom', path: ['place'], message: 'an online course has no place' });
  }
  if (input.modality !== 'online' && !input.place) {
    ctx.addIssue({ code: 'custom', path: ['place'], message: 'required for in_person and hybrid courses' });
  }
});
export type CreateEventInput = z.output<typeof createEventSchema>;

/** Statuses in which a course's details may change: not once it is completed or cancelled. */
export const EDITABLE_TRAINING_STATUSES = ['planned', 'open', 'in_progress'] as const;

/**
 * What an organiser may change in a course; those left out stay. Modality, place, time zone and
 * sessions are what people enrolled for: to move a course, cancel it and plan another.
 */
export const updateEventSchema = z
  .strictObject({
    title: eventFields.title.optional(),
    description: eventFields.description.nullable(),
    capacity: eventFields.capacity.optional().meta({
      description:
        'Seats: never fewer than the people holding one; more seats take people off the waiting list',
      example: 60,
    }),
    audiences: eventFields.audiences.optional(),
    partnerInstitutionIds: eventFields.partnerInstitutionIds,
    partnershipId: eventFields.partnershipId.nullable(),
    instructorIds: eventFields.instructorIds,
    moduleIds: eventFields.moduleIds,
    activityCodes: eventFields.activityCodes,
    completionRule: eventFields.completionRule,
  })
  .meta({ description: 'Changes to a course; null clears description or partnershipId' });
export type UpdateEventInput = z.output<typeof updateEventSchema>;

export const updateEventRequestSchema = z.strictObject({
  id: trainingIdSchema,
  changes: updateEventSchema,
  /** The version the caller read (If-Match): any other current version is COMMON.PRECONDITION_FAILED. */
  expectedVersion: z.number().int().nonnegative().optional(),
});

/** The transitions a caller asks for; `completed` has its own operation, which issues certificates. */
export const REQUESTABLE_TRANSITIONS = ['open', 'in_progress', 'cancelled'] as const;

export const transitionBodySchema = z.strictObject({
  to: z.enum(REQUESTABLE_TRANSITIONS).meta({ description: 'open, in_progress or cancelled' }),
});
export const transitionEventRequestSchema = transitionBodySchema.extend({ id: trainingIdSchema });

/** Path parameters of the training routes. */
export const trainingIdParamsSchema = z.strictObject({ id: trainingIdSchema });

export const listEventsQuerySchema = trainingPageQuerySchema.extend({
  status: z.enum(TRAINING_STATUSES).optional().meta({ description: 'Only courses in this status' }),
  modality: z.enum(TRAINING_MODALITIES).optional().meta({ description: 'Only courses of this modality' }),
  uf: z.enum(BRAZILIAN_UFS).optional().meta({ description: 'Only courses held in this UF' }),
  audience: z.enum(TRAINING_AUDIENCES).optional().meta({ description: 'Only courses for this audience' }),
  activityCode: planActivityCodeSchema.optional().meta({ description: 'Only courses serving this activity' }),
  organiserInstitutionId: trainingIdSchema
    .optional()
    .meta({ description: 'Only courses this institution organises' }),
});
export type ListEventsQuery = z.output<typeof listEventsQuerySchema>;
