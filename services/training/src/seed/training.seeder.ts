import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, trusted, type Model } from 'mongoose';
import type { EloCloudEvent } from '@elo/contracts';
import { Outbox } from '@elo/events';
import { isDuplicateKeyError } from '@elo/persistence';
import { CertificateRepository } from '../certificates/certificate.repository';
import { certificateFor, countByAudience } from '../certificates/completion.service';
import { meetsCompletionRule } from '../certificates/completion-rule';
import { TRAINING_CONFIG, type TrainingConfig } from '../config';
import { CurriculumModuleRecord } from '../curriculum/module.schema';
import { EnrolmentRecord, type EnrolmentRow } from '../enrolments/enrolment.schema';
import { TrainingEventRecord } from '../events/event.schema';
import { ExpertRecord } from '../experts/expert.schema';
import { InstitutionCopyRepository } from '@elo/institution-copy';
import { DEMO_EXPERTS, DEMO_MODULES, demoAttendance, demoParticipants, seedId } from './demo-data';
import { DEMO_EVENTS, SEED_ACRONYMS, type DemoEvent } from './demo-events';

const RETRY_MS = 2_000;
const GIVE_UP_MS = 10 * 60_000;

/**
 * Loads the demo curriculum, experts and courses (TRAINING_SEED=true), marked `demo`. Courses name
 * institutions of the directory, which this service learns from its events: until they have all
 * arrived the seed waits and tries again. Every record has a fixed id or key, so loading twice, or
 * after a crash half-way, leaves one copy of each.
 */
@Injectable()
export class TrainingSeeder implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('TrainingSeeder');
  private timer?: NodeJS.Timeout;
  private readonly startedAt = Date.now();

  constructor(
    @Inject(TRAINING_CONFIG) private readonly config: TrainingConfig,
    @InjectModel(CurriculumModuleRecord.name) private readonly modules: Model<CurriculumModuleRecord>,
    @InjectModel(ExpertRecord.name) private readonly experts: Model<ExpertRecord>,
    @InjectModel(TrainingEventRecord.name) private readonly events: Model<TrainingEventRecord>,
    @InjectModel(EnrolmentRecord.name) private readonly enrolments: Model<EnrolmentRecord>,
    private readonly certificates: CertificateRepository,
    private readonly institutions: InstitutionCopyRepository,
    private readonly outbox: Outbox,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.TRAINING_SEED) this.schedule(0);
  }

  onModuleDestroy(): void {
    clearTimeout(this.timer);
  }

  private schedule(delay: number): void {
    this.timer = setTimeout(() => {
      this.seed().then(
        (done) => {
          if (!done && Date.now() - this.startedAt < GIVE_UP_MS) this.schedule(RETRY_MS);
          else if (!done)
            this.logger.warn('demo seed gave up: the directory never announced its institutions');
        },
        (error: unknown) => {
          this.logger.error({ msg: 'demo seed failed; retrying', error: String(error) });
          this.schedule(RETRY_MS);
        },
      );
    }, delay);
    this.timer.unref();
  }

  /** True once everything is in place; false while institutions are still unknown. */
  async seed(): Promise<boolean> {
    const ids = await this.institutions.idsByAcronym(SEED_ACRONYMS);
    if (SEED_ACRONYMS.some((a) => !ids.has(a))) return false;
    const id = (acronym: string) => ids.get(acronym) ?? '';
    for (const { key, ...module } of DEMO_MODULES) {
      await this.modules
        .updateOne(
          { seedKey: key },
          { $setOnInsert: { ...module, demo: true, seedKey: key } },
          { upsert: true },
        )
        .exec();
    }
    for (const { key, institutionAcronym, ...expert } of DEMO_EXPERTS) {
      await this.insertOnce(this.experts, {
        _id: new Types.ObjectId(seedId(key)),
        ...expert,
        institutionId: id(institutionAcronym),
        consent: {
          statement: 'Consentimento de demonstração (dados fictícios).',
          recordedAt: new Date('2024-05-01T12:00:00Z'),
          recordedBy: 'seed',
        },
        demo: true,
      });
    }
    for (const event of DEMO_EVENTS) await this.seedEvent(event, id);
    this.logger.log({ msg: 'demo training data in place', courses: DEMO_EVENTS.length });
    return true;
  }

  private async seedEvent(demo: DemoEvent, id: (acronym: string) => string): Promise<void> {
    const eventId = new Types.ObjectId(seedId(demo.key));
    if (await this.events.exists({ _id: eventId }).exec()) return;
    const moduleRows = await this.modules
      .find({ seedKey: trusted({ $in: demo.moduleKeys }) }, { _id: 1 })
      .lean()
      .exec();
    const participants = demoParticipants(demo.participants, demo.audiences[0] ?? 'other');
    const sessionIds = demo.sessions.map((s) => s.id);
    const rows = participants.map((p, i) => ({
      _id: new Types.ObjectId(seedId(`${demo.key}:${p.email}`)),
      eventId,
      ...p,
      cancelled: false,
      attendedSessionIds: demo.status === 'completed' ? demoAttendance(i, sessionIds) : [],
    }));
    await this.insertManyOnce(this.enrolments, rows);
    const event: TrainingEventRecord & { _id: Types.ObjectId } = {
      _id: eventId,
      title: demo.title,
      description: demo.description,
      modality: demo.modality,
      ...(demo.place ? { place: demo.place } : {}),
      timezone: demo.timezone,
      sessions: demo.sessions,
      totalHours: demo.sessions.reduce((sum, s) => sum + s.hours, 0),
      capacity: demo.capacity,
      audiences: demo.audiences,
      organiserInstitutionId: id(demo.organiser),
      partnerInstitutionIds: demo.partners.map(id),
      instructorIds: demo.instructorKeys.map((k) => seedId(k)),
      moduleIds: moduleRows.map((m) => m._id.toHexString()),
      activityCodes: demo.activityCodes,
      minAttendanceShare: 0.75,
      status: demo.status,
      seatHolders: rows.slice(0, demo.capacity).map((r) => r._id),
      waitlist: rows.slice(demo.capacity).map((r) => r._id),
      enrolledCount: Math.min(rows.length, demo.capacity),
      waitingCount: Math.max(0, rows.length - demo.capacity),
      demo: true,
      seedKey: demo.key,
      ...(demo.completedAt ? { completedAt: new Date(demo.completedAt) } : {}),
      outbox: [],
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    const announced: EloCloudEvent[] = [];
    if (demo.status === 'completed' && demo.completedAt) {
      const issuer = await this.institutions.names([event.organiserInstitutionId]);
      const name = issuer.get(event.organiserInstitutionId);
      const certified = rows.filter((r) => meetsCompletionRule(demo.sessions, r.attendedSessionIds, 0.75));
      await this.certificates.issue(
        certified.map((r) =>
          certificateFor(
            { ...event, __v: 0 },
            r as unknown as EnrolmentRow,
            name ? `${name.name} (${name.acronym})` : demo.organiser,
            new Date(demo.completedAt ?? ''),
            true,
          ),
        ),
      );
      // As a completion through the API would: plan-tracking records the demo course as evidence.
      announced.push(
        this.outbox.event('training.completed', eventId.toHexString(), {
          trainingId: eventId.toHexString(),
          title: event.title,
          organiserInstitutionId: event.organiserInstitutionId,
          activityCodes: event.activityCodes,
          completedAt: new Date(demo.completedAt).toISOString(),
          participants: countByAudience(certified),
        }),
      );
    }
    // The course goes in last, with its events in its outbox (so they are sent once, by whichever
    // replica inserts it): its presence means everything before it is in place.
    if (await this.insertOnce(this.events, { ...event, outbox: announced })) {
      this.outbox.written({ collection: this.events.collection.name, id: eventId });
    }
  }

  /** False when the record was already there. */
  private async insertOnce<T>(model: Model<T>, doc: object): Promise<boolean> {
    try {
      await model.create(doc);
      return true;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      return false;
    }
  }

  private async insertManyOnce<T>(model: Model<T>, docs: object[]): Promise<void> {
    const existing = new Set(
      (
        await model
          .find({ _id: trusted({ $in: docs.map((d) => (d as { _id: Types.ObjectId })._id) }) }, { _id: 1 })
          .lean<{ _id: Types.ObjectId }[]>()
          .exec()
      ).map((r) => r._id.toHexString()),
    );
    const missing = docs.filter((d) => !existing.has((d as { _id: Types.ObjectId })._id.toHexString()));
    if (missing.length) await model.insertMany(missing, { ordered: false });
  }
}
