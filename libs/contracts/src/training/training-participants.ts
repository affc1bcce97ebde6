import { z } from 'zod';
import { BRAZILIAN_UFS, type Uf } from '../directory/institution';
import { planActivityCodeSchema } from '../plan/plan-period';
import { isValidCpf, normalizeCpf } from './cpf';
import {
  MAX_EVENT_CAPACITY,
  professionalEmailSchema,
  trainingIdSchema,
  trainingPageQuerySchema,
} from './training';
import { TRAINING_AUDIENCES, type TrainingAudience } from './training.events';

// Participants are personal data: only the organiser and coordinators see them, no event carries them.

export const ENROLMENT_STATUSES = ['enrolled', 'waiting', 'cancelled'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

export interface Participant {
  name: string;
  email: string;
  cpf?: string;
  institutionId?: string;
  audience: TrainingAudience;
  uf?: Uf;
}

export interface Enrolment extends Participant {
  id: string;
  eventId: string;
  status: EnrolmentStatus;
  /** 1-based place on the waiting list, while waiting. */
  waitingPosition?: number;
  attendedSessionIds: string[];
  certificateCode?: string;
  createdAt: string;
}

export const cpfSchema = z
  .string()
  .max(20)
  .transform(normalizeCpf)
  .refine(isValidCpf, 'must be a CPF with valid check digits')
  .meta({ description: 'CPF (optional), 11 digits with or without punctuation', example: '529.982.247-25' });

export const participantSchema = z.strictObject({
  name: z.string().trim().min(2).max(200).meta({ description: 'Full name', example: 'Maria Exemplo' }),
  email: professionalEmailSchema,
  cpf: cpfSchema.optional(),
  institutionId: trainingIdSchema.optional(),
  audience: z.enum(TRAINING_AUDIENCES).meta({ description: 'Professional field', example: 'health' }),
  uf: z.enum(BRAZILIAN_UFS).optional().meta({ description: 'State where the participant works' }),
});

export const enrolRequestSchema = z.strictObject({
  eventId: trainingIdSchema,
  participant: participantSchema,
});
export const enrolmentRequestSchema = z.strictObject({
  eventId: trainingIdSchema,
  enrolmentId: trainingIdSchema,
});
export const enrolmentParamsSchema = z.strictObject({ id: trainingIdSchema, enrolmentId: trainingIdSchema });
export const listEnrolmentsPageSchema = trainingPageQuerySchema.extend({
  status: z.enum(ENROLMENT_STATUSES).optional().meta({ description: 'Only enrolments with this status' }),
});
export const listEnrolmentsQuerySchema = listEnrolmentsPageSchema.extend({ eventId: trainingIdSchema });
export type ListEnrolmentsQuery = z.output<typeof listEnrolmentsQuerySchema>;

/** A CSV of about 600 rows fits comfortably; the gateway's body limit is the outer bound. */
export const MAX_IMPORT_CSV_CHARS = 900_000;
export const importParticipantsBodySchema = z.strictObject({
  csv: z.string().min(1).max(MAX_IMPORT_CSV_CHARS).meta({
    description: 'UTF-8 CSV (BOM optional, comma or semicolon): name,email,cpf,audience,uf,institutionId',
  }),
});
export const importParticipantsRequestSchema = importParticipantsBodySchema.extend({
  eventId: trainingIdSchema,
});

export interface ImportResult {
  /** Rows that enrolled someone new. */
  created: number;
  /** Rows whose email was already enrolled in the event: nothing changed for them. */
  unchanged: number;
  enrolled: number;
  waiting: number;
}

const sessionIdSchema = z
  .string()
  .regex(/^s\d{1,3}$/, 'must be a session id like s1')
  .meta({ description: 'Session id (s1, s2… in start order)', example: 's1' });
export const attendanceBodySchema = z.strictObject({
  presentEnrolmentIds: z
    .array(trainingIdSchema)
    .max(MAX_EVENT_CAPACITY)
    .refine((ids) => new Set(ids).size === ids.length, 'must not repeat an enrolment')
    .meta({ description: 'Everyone present at the session (replaces what was recorded for it)' }),
});
export const attendanceRequestSchema = attendanceBodySchema.extend({
  eventId: trainingIdSchema,
  sessionId: sessionIdSchema,
});
export const sessionParamsSchema = z.strictObject({ id: trainingIdSchema, sessionId: sessionIdSchema });

export interface AttendanceResult {
  sessionId: string;
  present: number;
}

export interface CompletionResult {
  eventId: string;
  completedAt: string;
  certificatesIssued: number;
  /** Enrolled participants who did not meet the completion rule. */
  notCertified: number;
}

// ---- certificates (public, minimal)

/** Base32 (RFC 4648, no padding) of 15 random bytes: 24 characters, 120 bits. */
export const CERTIFICATE_CODE_PATTERN = /^[A-Z2-7]{24}$/;
const certificateCodeSchema = z
  .string()
  .regex(CERTIFICATE_CODE_PATTERN, 'must be a certificate code')
  .meta({ description: 'Verification code printed on the certificate', example: 'MFRGGZDFMZTWQ2LKNNWG23TP' });
export const certificateParamsSchema = z.strictObject({ code: certificateCodeSchema });
export const certificateRequestSchema = z.strictObject({
  code: certificateCodeSchema,
  /** The caller's address, for the rate limit of this public lookup. */
  clientIp: z.string().min(1).max(64),
});

export interface PublicCertificate {
  code: string;
  participantName: string;
  course: string;
  hours: number;
  /** Completion date, YYYY-MM-DD. */
  date: string;
  issuer: string;
}

export interface CertificatePdf {
  /** The PDF, base64. */
  pdfBase64: string;
}

// ---- reports

export const TRAINING_REPORT_DEMO = ['exclude', 'include', 'only'] as const;

export const trainingReportQuerySchema = z.strictObject({
  year: z
    .number()
    .int()
    .min(2000)
    .max(2100)
    .optional()
    .meta({ description: 'Year the courses were completed' }),
  activityCode: planActivityCodeSchema.optional().meta({ description: 'Only courses serving this activity' }),
  demo: z
    .enum(TRAINING_REPORT_DEMO)
    .optional()
    .meta({ description: 'Demo courses from the seed: excluded unless asked (include, only)' }),
});
export type TrainingReportQuery = z.output<typeof trainingReportQuerySchema>;

export interface ReportBucket {
  key: string;
  count: number;
}

/** People trained (certificates issued), counted by each dimension the plan's indicators use. */
export interface TrainingReport {
  total: number;
  byAudience: ReportBucket[];
  byUf: ReportBucket[];
  byInstitution: ReportBucket[];
  byYear: ReportBucket[];
  byActivityCode: ReportBucket[];
}
