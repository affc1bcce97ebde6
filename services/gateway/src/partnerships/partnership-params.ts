import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { z } from 'zod';
import { DEFAULT_PAGE_LIMIT, listPartnershipsQuerySchema } from '@elo/contracts';
import { HEX_ID, IdParamDto } from '../common/id-param.dto';

export class CommitmentParamDto extends IdParamDto {
  @ApiProperty({ description: 'Commitment id (24 hex characters)', example: '665f1c2e9b1e8a0012345679' })
  @Matches(HEX_ID, { message: 'commitmentId must be a 24-character lowercase hex id' })
  commitmentId!: string;
}

/** The list query as it arrives in a URL: numbers as text, the page size defaulted. */
export const listPartnershipsUrlQuerySchema = listPartnershipsQuerySchema.extend({
  limit: z.coerce
    .number()
    .pipe(listPartnershipsQuerySchema.shape.limit)
    .default(DEFAULT_PAGE_LIMIT)
    .meta({ description: `Page size (default ${DEFAULT_PAGE_LIMIT}, at most 100)` }),
  cursor: listPartnershipsQuerySchema.shape.cursor.meta({
    description: 'Opaque cursor from the previous page',
  }),
  expiringWithinDays: z.coerce
    .number()
    .pipe(z.number().int().min(0).max(3650))
    .optional()
    .meta({ description: 'Only agreements in force whose last day is within this many days' }),
});
