import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type ApiClient, type CreatedApiClient, type Role } from '@elo/contracts';
import { PageOf } from '../common/page.dto';

const ROLE = { enum: ROLES, enumName: 'Role' };

export class ApiClientDto implements ApiClient {
  @ApiProperty({
    description: 'Client id, used as client_id at /v1/auth/token',
    example: 'elo_3q2-7wEs1b6TK0bI8zQy9A',
  })
  clientId!: string;
  @ApiProperty({ description: 'Institution it belongs to' }) institutionId!: string;
  @ApiProperty({ description: 'What the client is' }) name!: string;
  @ApiProperty({ description: 'Roles its tokens carry', isArray: true, ...ROLE }) roles!: Role[];
  @ApiProperty({
    description: 'When it was revoked (ISO 8601), or null while active',
    type: String,
    nullable: true,
  })
  revokedAt!: string | null;
  @ApiProperty({ description: 'Creation time (ISO 8601, UTC)' }) createdAt!: string;
  @ApiProperty({ description: 'Last change (ISO 8601, UTC)' }) updatedAt!: string;
}

export class CreatedApiClientDto extends ApiClientDto implements CreatedApiClient {
  @ApiProperty({
    description: 'The secret, shown this once: only a slow hash of it is stored',
    format: 'password',
  })
  clientSecret!: string;
}

export class ApiClientPageDto extends PageOf(ApiClientDto, 'This page of clients (never their secrets)') {}
