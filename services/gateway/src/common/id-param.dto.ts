import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

/** How every stored resource's id reads in a URL: a MongoDB ObjectId, 24 lowercase hex characters. */
export const HEX_ID = /^[0-9a-f]{24}$/;

export class IdParamDto {
  @ApiProperty({ description: 'Resource id (24 hex characters)', example: '665f1c2e9b1e8a0012345678' })
  @Matches(HEX_ID, { message: 'id must be a 24-character lowercase hex id' })
  id!: string;
}
