import { z } from 'zod';
import { d, isoTimeSchema as isoTime } from '../view-meta';
import { pageSchema } from '../pagination';
import { TRAINING_AUDIENCES } from '../training/training.events';
import { ACTIVITY_STATUSES, EVIDENCE_KINDS } from './plan';

// What plan-tracking answers about the plan's structure and its activities. Written as schemas so
// the API documents them exactly, and the types are read from them: one definition of each answer.

export const planAxisSchema = z
  .object({
    number: z.number().int().meta({ description: 'Axis number (1–5)', example: 2 }),
    title: z.string().meta({ description: 'Title (Portuguese)', example: 'Prevenção' }),
    description: z.string().meta(d('What the axis covers (Portuguese)')),
  })
  .meta(d('An axis (eixo estratégico) of the plan'));
export type PlanAxis = z.infer<typeof planAxisSchema>;

export const planAxesSchema = z.object({
  items: z.array(planAxisSchema).meta(d('The plan’s five axes, in order')),
});

export const planActionSchema = z
  .object({
    code: z.string().meta({ description: 'Priority action code', example: '2.5' }),
    axis: z.number().int().meta({ description: 'Axis number', example: 2 }),
    title: z.string().meta(d('Title (Portuguese)')),
  })
  .meta(d('A priority action (ação prioritária)'));
export type PlanAction = z.infer<typeof planActionSchema>;

export const planActionPageSchema = pageSchema(
  planActionSchema,
  'This page of priority actions, in code order',
);

const audienceSchema = z.enum(TRAINING_AUDIENCES);

export const indicatorValueSchema = z.object({
  period: z.string().meta({ description: 'Reporting period', example: '2025-Q3' }),
  value: z.number().meta(d('Value for that period')),
});
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;

export const indicatorSchema = z
  .object({
    key: z.string().meta({ description: 'Stable key within the activity', example: 'professionals-trained' }),
    name: z.string().meta(d('What it measures')),
    unit: z.string().meta(d('Unit')),
    baseline: z.number().meta(d('Value at the start of the plan')),
    target: z.number().meta(d('Value to reach')),
    countsPeopleTrained: z
      .boolean()
      .meta(d('Whether completed trainings add their participants (only those of audiences, if given)')),
    audiences: z.array(audienceSchema).optional().meta(d('Audiences counted (all when absent)')),
    values: z.array(indicatorValueSchema).meta(d('Value per reporting period')),
  })
  .meta(d('An indicator of an activity'));
export type Indicator = z.infer<typeof indicatorSchema>;

export const participantCountSchema = z.object({
  audience: audienceSchema.meta(d('Professional field of the participants')),
  count: z.number().int().meta(d('How many took part')),
});
export type ParticipantCount = z.infer<typeof participantCountSchema>;

export const evidenceSchema = z
  .object({
    id: z.string().meta(d('Evidence id within the activity')),
    kind: z.enum(EVIDENCE_KINDS).meta(d('Where it comes from')),
    title: z.string().meta(d('Title')),
    date: z.string().meta(d('When it happened (ISO 8601, UTC)')),
    description: z.string().optional().meta(d('Description')),
    url: z.string().optional().meta(d('Link to a document')),
    sourceId: z.string().optional().meta(d('The training, agreement or report it comes from')),
    sourceEventId: z.string().optional().meta(d('The event that recorded it (trainings and agreements)')),
    participants: z.array(participantCountSchema).optional().meta(d('Participants by audience (trainings)')),
    institutionIds: z.array(z.string()).optional().meta(d('Institutions involved (agreements)')),
  })
  .meta(d('Evidence of an activity'));
export type Evidence = z.infer<typeof evidenceSchema>;

export const evidencePageSchema = pageSchema(
  evidenceSchema,
  'This page of evidence, in the order it was recorded',
);

/** What lists return: everything but indicators and evidence. */
export const activitySummarySchema = z
  .object({
    code: z.string().meta({ description: 'Activity code', example: '2.5.1' }),
    axis: z.number().int().meta(d('Axis number')),
    action: z.string().meta({ description: 'Priority action code', example: '2.5' }),
    text: z.string().meta(d('Text of the activity (Portuguese)')),
    status: z.enum(ACTIVITY_STATUSES).meta(d('Status')),
    progress: z.number().meta(d('Progress 0–100, moved only by approved reports')),
    progressPeriod: z.string().optional().meta(d('Period of the approved report that set the progress')),
    leadInstitutionId: z.string().optional().meta(d('Lead institution (directory id)')),
    partnerInstitutionIds: z.array(z.string()).meta(d('Partner institutions (directory ids)')),
    startDate: z.string().optional().meta(d('Start date (YYYY-MM-DD)')),
    dueDate: z.string().optional().meta(d('Due date (YYYY-MM-DD)')),
    overdue: z.boolean().meta(d('Due date passed without completion or cancellation')),
    version: z.number().int().meta(d('Version, incremented on every change (the ETag)')),
    updatedAt: isoTime('Last change'),
  })
  .meta(d('An activity (atividade), without its indicators and evidence'));
export type ActivitySummary = z.infer<typeof activitySummarySchema>;

export const activityPageSchema = pageSchema(activitySummarySchema, 'This page of activities, in code order');

export const activitySchema = activitySummarySchema
  .extend({
    indicators: z.array(indicatorSchema).meta(d('Indicators with their values per period')),
    evidence: z
      .array(evidenceSchema)
      .meta(d('The latest evidence (trainings, agreements, reports), oldest first; all of it at /evidence')),
    evidenceCount: z.number().int().meta(d('How much evidence the activity has in all')),
    createdAt: isoTime('Creation time'),
  })
  .meta(d('An activity (atividade) with its indicators and latest evidence'));
export type Activity = z.infer<typeof activitySchema>;
