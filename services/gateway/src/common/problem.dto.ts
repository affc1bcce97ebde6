import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '@elo/errors';

export class FieldErrorDto {
  @ApiProperty({ description: 'The offending field, as a dotted path', example: 'cnpj' })
  field!: string;

  @ApiProperty({
    description: 'What is wrong with it',
    example: 'cnpj must be 14 digits with valid check digits',
  })
  message!: string;

  @ApiPropertyOptional({ description: 'For an uploaded file (CSV import): the 1-based line', example: 12 })
  line?: number;

  @ApiPropertyOptional({ description: 'For an uploaded file (CSV import): the column', example: 'email' })
  column?: string;
}

export class ProblemDto {
  @ApiProperty({
    description: 'URI identifying the problem type',
    example: 'https://elo.gov.br/problems/common-validation',
  })
  type!: string;

  @ApiProperty({
    description: 'Short, human-readable summary of the problem type',
    example: 'The request is invalid',
  })
  title!: string;

  @ApiProperty({ description: 'HTTP status code', example: 400 })
  status!: number;

  @ApiProperty({ description: 'Explanation specific to this occurrence', example: 'Invalid fields: cnpj' })
  detail!: string;

  @ApiProperty({ description: 'The request path that produced the problem', example: '/v1/institutions' })
  instance!: string;

  @ApiProperty({ description: 'Stable machine-readable error code', example: 'COMMON.VALIDATION' })
  code!: string;

  @ApiProperty({ description: 'The request id (X-Request-Id) for tracing in logs' })
  correlationId!: string;

  @ApiPropertyOptional({ description: 'Field-level validation errors', type: [FieldErrorDto] })
  errors?: FieldErrorDto[];
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input (problem+json, with errors[] naming the fields)',
  401: 'Missing, expired or invalid bearer token',
  403: 'The token lacks the required role, or the caller does not own the resource',
  404: 'Not found',
  409: 'Conflict with the current state (duplicate or concurrent change)',
  410: 'Gone for good: erased at the end of its retention period',
  412: 'If-Match names a version that is no longer current: nothing changed; reload and retry',
  413: 'Body too large',
  415: 'Unsupported content type',
  423: 'The account is locked for a while after repeated wrong passwords or codes (never at sign-in)',
  429: 'Too many requests (or failed attempts); try again after Retry-After seconds',
  503: 'A backing service is unavailable',
  504: 'A backing service did not answer in time',
};

/** Documents the problem+json responses of an operation; 503/504 apply to every call. */
export function ApiProblems(...statuses: number[]): MethodDecorator {
  const all = [...new Set([...statuses, 503, 504])].sort();
  return applyDecorators(
    ...all.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Error',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDto' } } },
      }),
    ),
  );
}
