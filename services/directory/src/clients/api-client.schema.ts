import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { ROLES, type Role } from '@elo/contracts';
import { AGGREGATE_SCHEMA_OPTIONS } from '@elo/persistence';

@Schema({ ...AGGREGATE_SCHEMA_OPTIONS, collection: 'api_clients' })
export class ApiClientRecord {
  @Prop({ required: true, unique: true })
  clientId!: string;

  /** Hex id of the owning institution. */
  @Prop({ required: true })
  institutionId!: string;

  @Prop({ required: true, trim: true })
  name!: string;

  @Prop({ type: [String], enum: ROLES, required: true })
  roles!: Role[];

  /** `hmac-sha256$<base64url>` keyed by ELO_CLIENT_SECRET_KEY: the secret itself is never stored. */
  @Prop({ required: true })
  secretHash!: string;

  @Prop({ type: Date, default: null })
  revokedAt!: Date | null;

  createdAt!: Date;
  updatedAt!: Date;
}

export const ApiClientSchema = SchemaFactory.createForClass(ApiClientRecord);
ApiClientSchema.index({ institutionId: 1, _id: 1 });
