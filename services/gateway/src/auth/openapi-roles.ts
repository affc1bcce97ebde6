import type { OpenAPIObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '@elo/errors';
import { BEARER_SCHEME, ROLES_EXTENSION, SESSION_ONLY_EXTENSION, SESSION_SCHEME } from './access.decorators';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;

interface Operation {
  description?: string;
  security?: Record<string, string[]>[];
  responses?: Record<string, unknown>;
  [ROLES_EXTENSION]?: string[];
  [SESSION_ONLY_EXTENSION]?: boolean;
}

const problem = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDto' } } },
});

/**
 * After the document is built (so decorator order does not matter): states each operation's roles
 * in its description, keeps the bearer-or-session requirement to protected operations and documents their
 * 401, 403 and 429 (the per-client rate limit) answers when the operation did not already.
 */
export function documentRoles(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (!operation) continue;
      const roles = operation[ROLES_EXTENSION];
      const text = roles?.length ? `**Roles:** ${roles.join(', ')}.` : '**Public:** no token needed.';
      operation.description = operation.description ? `${text}\n\n${operation.description}` : text;
      if (!roles?.length) {
        delete operation.security;
        continue;
      }
      // The AuthGuard takes a bearer token or, without one, a person's session cookie.
      operation.security = operation[SESSION_ONLY_EXTENSION]
        ? [{ [SESSION_SCHEME]: [] }]
        : [{ [BEARER_SCHEME]: [] }, { [SESSION_SCHEME]: [] }];
      const responses = (operation.responses ??= {});
      responses['401'] ??= problem('Missing, expired, invalid or revoked bearer token');
      responses['403'] ??= problem(
        `The token has none of the roles ${roles.join(', ')}, or the caller does not own the resource`,
      );
      responses['429'] ??= problem(
        'The client made more requests than its rate limit allows (see Retry-After, RateLimit, RateLimit-Policy)',
      );
    }
  }
  return document;
}
