import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { parseObjectId } from '@elo/persistence';
import { InstitutionRecord } from '../institutions/institution.schema';

/** Read-only: whether an institution exists, so a client is never created for a missing one. */
@Injectable()
export class InstitutionLookup {
  constructor(@InjectModel(InstitutionRecord.name) private readonly model: Model<InstitutionRecord>) {}

  async exists(id: string): Promise<boolean> {
    return (await this.model.exists({ _id: parseObjectId(id, 'institutionId') })) !== null;
  }
}
