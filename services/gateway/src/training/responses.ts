import { ApiResponse } from '@nestjs/swagger';

/** A JSON answer, described in words (its type is the contracts' interface of the same name). */
export function ApiJsonResponse(description: string, status = 200): MethodDecorator {
  return ApiResponse({ status, description, schema: { type: 'object', description } });
}
