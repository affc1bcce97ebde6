import type { Page } from '../pagination';
import { ALL_ROLES, defineRpc } from '../rpc/define-rpc';
import { healthRpc } from '../rpc/health.rpc';
import {
  createEventSchema,
  createExpertSchema,
  createModuleSchema,
  idRequestSchema,
  listEventsQuerySchema,
  listExpertsQuerySchema,
  listModulesQuerySchema,
  transitionEventRequestSchema,
  updateEventRequestSchema,
  updateModuleRequestSchema,
  type CurriculumModule,
  type Expert,
  type TrainingEvent,
} from './training';
import {
  attendanceRequestSchema,
  certificateRequestSchema,
  enrolRequestSchema,
  enrolmentRequestSchema,
  importParticipantsRequestSchema,
  listEnrolmentsQuerySchema,
  trainingReportQuerySchema,
  type AttendanceResult,
  type CertificatePdf,
  type CompletionResult,
  type Enrolment,
  type ImportResult,
  type PublicCertificate,
  type TrainingReport,
} from './training-participants';

const MANAGERS = ['admin', 'coordinator'] as const;
const ORGANISERS = ['admin', 'coordinator', 'agency'] as const;

/**
 * The training service's request/reply patterns. Participants' patterns admit every role: the service
 * answers 404 to anyone but the organiser and coordinators, so their data's existence does not leak.
 */
export const trainingRpc = {
  ...healthRpc('training'),
  'training.module.create': defineRpc<CurriculumModule>()({
    request: createModuleSchema,
    access: { roles: MANAGERS },
    description: 'Adds a module to the minimum curriculum.',
  }),
  'training.module.update': defineRpc<CurriculumModule>()({
    request: updateModuleRequestSchema,
    access: { roles: MANAGERS },
    description:
      'Changes a curriculum module, at `expectedVersion` when given (COMMON.PRECONDITION_FAILED otherwise); ' +
      'TRAINING.MODULE_NOT_FOUND when unknown.',
  }),
  'training.module.get': defineRpc<CurriculumModule>()({
    request: idRequestSchema,
    access: { roles: ALL_ROLES },
    description: 'One curriculum module.',
  }),
  'training.module.list': defineRpc<Page<CurriculumModule>>()({
    request: listModulesQuerySchema,
    access: { roles: ALL_ROLES },
    description: 'Curriculum modules by audience and activity code, in cursor pages.',
  }),
  'training.expert.create': defineRpc<Expert>()({
    request: createExpertSchema,
    access: { roles: MANAGERS },
    description:
      'Lists an expert whose consent was recorded; TRAINING.EXPERT_EMAIL_TAKEN when already listed.',
  }),
  'training.expert.remove': defineRpc<{ removed: true }>()({
    request: idRequestSchema,
    access: { roles: MANAGERS },
    description: 'Removes an expert on request (the record is deleted).',
  }),
  'training.expert.get': defineRpc<Expert>()({
    request: idRequestSchema,
    access: { roles: ALL_ROLES },
    description: 'One expert of the bank.',
  }),
  'training.expert.list': defineRpc<Page<Expert>>()({
    request: listExpertsQuerySchema,
    access: { roles: ALL_ROLES },
    description: 'The expert bank by area, language and UF, in cursor pages.',
  }),
  'training.event.create': defineRpc<TrainingEvent>()({
    request: createEventSchema,
    access: { roles: ORGANISERS },
    description:
      'Plans a training course; an agency only for its own institution. Publishes training.scheduled.',
  }),
  'training.event.update': defineRpc<TrainingEvent>()({
    request: updateEventRequestSchema,
    access: { roles: ORGANISERS },
    description:
      'Changes a course not yet completed or cancelled (TRAINING.EVENT_CLOSED), at `expectedVersion` when given; ' +
      'capacity never below the seats taken (TRAINING.CAPACITY_BELOW_ENROLLED), more seats promote the waiting list.',
  }),
  'training.event.get': defineRpc<TrainingEvent>()({
    request: idRequestSchema,
    access: { roles: ALL_ROLES },
    description: 'One training course (never its participants).',
  }),
  'training.event.list': defineRpc<Page<TrainingEvent>>()({
    request: listEventsQuerySchema,
    access: { roles: ALL_ROLES },
    description:
      'Training courses by status, modality, UF, audience, activity and organiser, in cursor pages.',
  }),
  'training.event.transition': defineRpc<TrainingEvent>()({
    request: transitionEventRequestSchema,
    access: { roles: ORGANISERS },
    description: 'planned → open → in_progress, or → cancelled; TRAINING.INVALID_TRANSITION otherwise.',
  }),
  'training.event.complete': defineRpc<CompletionResult>()({
    request: idRequestSchema,
    access: { roles: ORGANISERS },
    description: 'Completes a course in progress, issues certificates, publishes training.completed.',
  }),
  'training.enrolment.create': defineRpc<Enrolment>()({
    request: enrolRequestSchema,
    access: { roles: ORGANISERS },
    description: 'Enrols a participant, or puts them on the waiting list when the course is full.',
  }),
  'training.enrolment.cancel': defineRpc<Enrolment>()({
    request: enrolmentRequestSchema,
    access: { roles: ORGANISERS },
    description: 'Cancels an enrolment; the first on the waiting list takes the seat.',
  }),
  'training.enrolment.list': defineRpc<Page<Enrolment>>()({
    request: listEnrolmentsQuerySchema,
    access: { roles: ALL_ROLES },
    description:
      'A course’s participants, in order of arrival: organiser and coordinators only (404 otherwise).',
  }),
  'training.enrolment.import': defineRpc<ImportResult>()({
    request: importParticipantsRequestSchema,
    access: { roles: ORGANISERS },
    description:
      'Enrols every row of a CSV, or none (TRAINING.IMPORT_INVALID lists each bad line and column).',
  }),
  'training.attendance.record': defineRpc<AttendanceResult>()({
    request: attendanceRequestSchema,
    access: { roles: ORGANISERS },
    description: 'Records who attended one session, in bulk.',
  }),
  'training.certificate.verify': defineRpc<PublicCertificate>()({
    request: certificateRequestSchema,
    access: { internal: ['gateway'] },
    description: 'Public verification of a certificate: minimal data, rate-limited per address.',
  }),
  'training.certificate.pdf': defineRpc<CertificatePdf>()({
    request: certificateRequestSchema,
    access: { internal: ['gateway'] },
    description: 'The printable A4 certificate with a QR code of its verification URL.',
  }),
  'training.report.get': defineRpc<TrainingReport>()({
    request: trainingReportQuerySchema,
    access: { roles: ALL_ROLES },
    description: 'People trained by audience, UF, institution, year and activity code (counts only).',
  }),
} as const;
