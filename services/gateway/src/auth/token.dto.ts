import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export const GRANT_TYPES = ['client_credentials'] as const;

/** OAuth2 token request (RFC 6749 §4.4), as JSON or application/x-www-form-urlencoded. */
export class TokenRequestDto {
  @ApiProperty({
    description: 'OAuth2 grant type: only client_credentials',
    enum: GRANT_TYPES,
    enumName: 'GrantType',
  })
  @IsString()
  @MaxLength(64)
  grant_type!: string;

  @ApiPropertyOptional({
    description: 'Client id (required unless sent with HTTP Basic)',
    example: 'elo_3q2-7wEs1b6TK0bI8zQy9A',
  })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  client_id?: string;

  @ApiPropertyOptional({
    description: 'Client secret (required unless sent with HTTP Basic)',
    format: 'password',
  })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  client_secret?: string;
}

export const TOKEN_TYPES = ['Bearer'] as const;

export class TokenResponseDto {
  @ApiProperty({ description: 'The bearer token (a signed JWT) for the Authorization header' })
  access_token!: string;

  @ApiProperty({ description: 'Always Bearer', enum: TOKEN_TYPES, enumName: 'TokenType' })
  token_type!: (typeof TOKEN_TYPES)[number];

  @ApiProperty({ description: 'Seconds until the token expires (at most 900)', example: 900 })
  expires_in!: number;
}
