import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import type { Role } from '@elo/contracts';

export const ROLES_METADATA = 'elo:roles';
export const PUBLIC_METADATA = 'elo:public';
/** OpenAPI extension listing an operation's roles; the auth matrix test reads it. */
export const ROLES_EXTENSION = 'x-roles';
export const BEARER_SCHEME = 'bearer';
/** A person's session cookie: accepted wherever a bearer token is (changes also need x-csrf-token). */
export const SESSION_SCHEME = 'session';
/** OpenAPI extension of the operations that act on the caller's own session: the cookie only. */
export const SESSION_ONLY_EXTENSION = 'x-session-only';

/**
 * The roles allowed to call an operation (any one of them suffices). On a method, or on a
 * controller class for all its methods (a method's own @Roles/@Public wins). Also documents the
 * bearer requirement and the roles (`x-roles`) in OpenAPI; documentRoles() adds the 401/403 answers.
 */
export function Roles(...roles: [Role, ...Role[]]): ClassDecorator & MethodDecorator {
  return applyDecorators(
    SetMetadata(ROLES_METADATA, roles),
    ApiBearerAuth(BEARER_SCHEME),
    ApiExtension(ROLES_EXTENSION, roles),
  );
}

/** An operation anyone may call without a token. Only for the exceptions the issues name. */
export function Public(): ClassDecorator & MethodDecorator {
  return SetMetadata(PUBLIC_METADATA, true);
}

/** An operation on the caller's own browser session: documented as needing the cookie, not a token. */
export function SessionOnly(): MethodDecorator {
  return ApiExtension(SESSION_ONLY_EXTENSION, true);
}
