import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { AGGREGATE_SCHEMA_OPTIONS } from '@elo/persistence';

/** A person's browser session, under the SHA-256 of its cookie token (the token itself is never stored). */
@Schema({ ...AGGREGATE_SCHEMA_OPTIONS, collection: 'person_sessions' })
export class SessionRecord {
  @Prop({ required: true, unique: true }) hash!: string;
  @Prop({ required: true, index: true }) personId!: string;
  @Prop({ required: true }) csrfToken!: string;
  /** How the person proved who they are (`password`; an OIDC issuer later). */
  @Prop({ required: true }) method!: string;
  @Prop({ type: Date, required: true }) idleExpiresAt!: Date;
  @Prop({ type: Date, required: true }) expiresAt!: Date;
  createdAt!: Date;
  updatedAt!: Date;
}

export const SessionSchema = SchemaFactory.createForClass(SessionRecord);
// Expired sessions are refused by the queries at once; MongoDB removes them later.
SessionSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });
