import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { SchemaTypes } from 'mongoose';
import {
  COMMITMENT_STATUSES,
  CONFIDENTIALITY_LEVELS,
  PARTNERSHIP_KINDS,
  PARTNERSHIP_SECTORS,
  PARTNERSHIP_STATUSES,
  PARTY_ROLES,
  type CommitmentStatus,
  type Confidentiality,
  type DataSharingTerms,
  type EloCloudEvent,
  type PartnershipKind,
  type PartnershipSector,
  type PartnershipStatus,
  type PartyRole,
} from '@elo/contracts';
import { OUTBOX_PROP, indexOutbox } from '@elo/events';
import { AGGREGATE_SCHEMA_OPTIONS } from '@elo/persistence';

const NESTED = { _id: false, strict: 'throw' } as const;

// Parts already validated by the contracts' schemas (publication, documents, evidence links, data
// terms) are stored as given; the parts queries and rules look into have their own sub-schemas.

@Schema(NESTED)
export class ActorRecord {
  @Prop({ required: true }) clientId!: string;
  @Prop({ required: true }) institutionId!: string;
}
const ActorSchema = SchemaFactory.createForClass(ActorRecord);

@Schema(NESTED)
export class PartyRecord {
  @Prop({ required: true }) institutionId!: string;
  @Prop({ type: String, required: true, enum: PARTY_ROLES }) role!: PartyRole;
}

@Schema(NESTED)
export class CommitmentRecord {
  @Prop({ required: true }) id!: string;
  @Prop({ required: true }) description!: string;
  @Prop({ required: true }) responsibleInstitutionId!: string;
  /** YYYY-MM-DD. */
  @Prop({ required: true }) dueDate!: string;
  @Prop({ type: String, required: true, enum: COMMITMENT_STATUSES }) status!: CommitmentStatus;
  @Prop({ type: [SchemaTypes.Mixed], default: [] }) evidence!: { title: string; url: string }[];
  @Prop({ type: Date }) completedAt?: Date;
}

@Schema(NESTED)
export class TransitionRecord {
  @Prop({ type: String, required: true, enum: PARTNERSHIP_STATUSES }) from!: PartnershipStatus;
  @Prop({ type: String, required: true, enum: PARTNERSHIP_STATUSES }) to!: PartnershipStatus;
  @Prop({ required: true }) at!: Date;
  @Prop({ type: ActorSchema, required: true }) by!: ActorRecord;
  @Prop({ required: true }) reason!: string;
}

@Schema(NESTED)
export class AmendmentRecord {
  @Prop({ required: true }) number!: number;
  @Prop({ required: true }) description!: string;
  @Prop({ required: true }) signedAt!: string;
  @Prop({ type: SchemaTypes.Mixed, required: true }) before!: {
    effectiveFrom?: string;
    effectiveUntil?: string;
  };
  @Prop({ type: SchemaTypes.Mixed, required: true }) after!: {
    effectiveFrom?: string;
    effectiveUntil?: string;
  };
  @Prop({ type: [String], default: [] }) commitmentIds!: string[];
  @Prop({ required: true }) at!: Date;
  @Prop({ type: ActorSchema, required: true }) by!: ActorRecord;
}

/** One agreement: its identification, parties, dates, lifecycle, work plan and history. */
@Schema({ ...AGGREGATE_SCHEMA_OPTIONS, collection: 'partnerships' })
export class PartnershipRecord {
  @Prop({ type: String, required: true, enum: PARTNERSHIP_KINDS }) kind!: PartnershipKind;
  @Prop({ type: String, enum: PARTNERSHIP_SECTORS }) sector?: PartnershipSector;
  @Prop({ required: true }) title!: string;
  @Prop({ required: true }) objective!: string;
  /** Title, objective and NUP without case or accents, for `q`. */
  @Prop({ required: true }) searchText!: string;
  @Prop() nup?: string;
  @Prop({ type: SchemaTypes.Mixed }) dou?: { section: 1 | 2 | 3; date: string; page: number };
  /** YYYY-MM-DD days, compared as strings with the São Paulo calendar. */
  @Prop() signedAt?: string;
  @Prop() effectiveFrom?: string;
  @Prop() effectiveUntil?: string;
  @Prop({ type: String, required: true, enum: PARTNERSHIP_STATUSES, default: 'draft' })
  status!: PartnershipStatus;
  @Prop({ type: String, required: true, enum: CONFIDENTIALITY_LEVELS }) confidentiality!: Confidentiality;
  @Prop({ type: [SchemaFactory.createForClass(PartyRecord)], default: [] }) parties!: PartyRecord[];
  /** The parties' ids, for filters and visibility. */
  @Prop({ type: [String], default: [] }) partyInstitutionIds!: string[];
  @Prop({ type: [String], default: [] }) countries!: string[];
  @Prop({ type: [String], default: [] }) activityCodes!: string[];
  @Prop({ type: [SchemaTypes.Mixed], default: [] })
  documents!: { title: string; url: string; sha256: string; date: string }[];
  @Prop({ type: SchemaTypes.Mixed }) dataSharing?: DataSharingTerms;
  @Prop({ type: [SchemaFactory.createForClass(CommitmentRecord)], default: [] })
  commitments!: CommitmentRecord[];
  @Prop({ type: [SchemaFactory.createForClass(AmendmentRecord)], default: [] })
  amendments!: AmendmentRecord[];
  @Prop({ type: [SchemaFactory.createForClass(TransitionRecord)], default: [] })
  transitions!: TransitionRecord[];
  @Prop({ type: ActorSchema, required: true }) createdBy!: ActorRecord;
  @Prop() renewalOf?: string;
  @Prop() renewedBy?: string;
  @Prop({ required: true, default: false }) demo!: boolean;
  /** Key of the seed record it came from: seeding twice inserts nothing. */
  @Prop() seedKey?: string;
  /** `<effectiveUntil>/<days>` of every `partnership.expiring` already queued (or skipped as superseded). */
  @Prop({ type: [String], default: [] }) expiringNotices!: string[];
  /** `<commitment id>/<dueDate>` of every `partnership.commitment-overdue` already queued. */
  @Prop({ type: [String], default: [] }) overdueNotices!: string[];
  @Prop(OUTBOX_PROP) outbox!: EloCloudEvent[];

  createdAt!: Date;
  updatedAt!: Date;
}

export const PartnershipSchema = SchemaFactory.createForClass(PartnershipRecord);
PartnershipSchema.index({ status: 1, effectiveUntil: 1 });
PartnershipSchema.index({ partyInstitutionIds: 1 });
PartnershipSchema.index({ activityCodes: 1 });
PartnershipSchema.index({ seedKey: 1 }, { unique: true, sparse: true });
PartnershipSchema.index({ renewalOf: 1 }, { unique: true, sparse: true });
indexOutbox(PartnershipSchema);
