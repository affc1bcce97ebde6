import type { TrainingEvent, TrainingEventSummary } from '@elo/contracts';
import type { TrainingEventRow } from './event.schema';

/** The public view of a course: counts of seats, never who holds them. */
export function toTrainingEvent(row: TrainingEventRow): TrainingEvent {
  return {
    id: row._id.toHexString(),
    title: row.title,
    ...(row.description ? { description: row.description } : {}),
    modality: row.modality,
    ...(row.place
      ? {
          place: {
            uf: row.place.uf,
            municipalityCode: row.place.municipalityCode,
            municipalityName: row.place.municipalityName,
          },
        }
      : {}),
    timezone: row.timezone,
    sessions: row.sessions.map((s) => ({ id: s.id, start: s.start, end: s.end, hours: s.hours })),
    totalHours: row.totalHours,
    capacity: row.capacity,
    audiences: row.audiences,
    organiserInstitutionId: row.organiserInstitutionId,
    partnerInstitutionIds: row.partnerInstitutionIds,
    ...(row.partnershipId ? { partnershipId: row.partnershipId } : {}),
    instructorIds: row.instructorIds,
    moduleIds: row.moduleIds,
    activityCodes: row.activityCodes,
    completionRule: { minAttendanceShare: row.minAttendanceShare },
    status: row.status,
    enrolled: row.enrolledCount,
    waiting: row.waitingCount,
    demo: row.demo,
    ...(row.completedAt && row.status === 'completed' ? { completedAt: row.completedAt.toISOString() } : {}),
    ...(row.cancelledAt ? { cancelledAt: row.cancelledAt.toISOString() } : {}),
    version: row.__v,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What the course's lifecycle events say: no participant data. */
export function toEventSummary(row: TrainingEventRow): TrainingEventSummary {
  return {
    trainingId: row._id.toHexString(),
    title: row.title,
    modality: row.modality,
    organiserInstitutionId: row.organiserInstitutionId,
    ...(row.place ? { uf: row.place.uf, municipalityCode: row.place.municipalityCode } : {}),
    firstSessionStart: row.sessions[0]?.start ?? row.createdAt.toISOString(),
    capacity: row.capacity,
    audiences: row.audiences,
    activityCodes: row.activityCodes,
  };
}
