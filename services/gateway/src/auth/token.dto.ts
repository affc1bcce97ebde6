import { ApiProperty } from '@nestjs/swagger';
import { z } from 'zod';

export const GRANT_TYPES = ['client_credentials'] as const;

/**
 * OAuth2 token request (RFC 6749 §4.4), as JSON or application/x-www-form-urlencoded. Any grant type
 * is read, so that another one gets AUTH.UNSUPPORTED_GRANT_TYPE rather than a validation error.
 */
export const tokenRequestSchema = z.strictObject({
  grant_type: z
    .string()
    .max(64)
    .meta({ description: 'OAuth2 grant type: only client_credentials', enum: [...GRANT_TYPES] }),
  client_id: z
    .string()
    .max(128)
    .meta({
      description: 'Client id (required unless sent with HTTP Basic)',
      example: 'elo_3q2-7wEs1b6TK0bI8zQy9A',
    })
    .optional(),
  client_secret: z
    .string()
    .max(512)
    .meta({ description: 'Client secret (required unless sent with HTTP Basic)', format: 'password' })
    .optional(),
});
export type TokenRequest = z.output<typeof tokenRequestSchema>;

export const TOKEN_TYPES = ['Bearer'] as const;

export class TokenResponseDto {
  @ApiProperty({ description: 'The bearer token (a signed JWT) for the Authorization header' })
  access_token!: string;

  @ApiProperty({ description: 'Always Bearer', enum: TOKEN_TYPES, enumName: 'TokenType' })
  token_type!: (typeof TOKEN_TYPES)[number];

  @ApiProperty({ description: 'Seconds until the token expires (at most 900)', example: 900 })
  expires_in!: number;
}
