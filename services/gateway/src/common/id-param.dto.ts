import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class IdParamDto {
  @ApiProperty({ description: 'Resource id (24 hex characters)', example: '665f1c2e9b1e8a0012345678' })
  @Matches(/^[0-9a-f]{24}$/, { message: 'id must be a 24-character lowercase hex id' })
  id!: string;
}
