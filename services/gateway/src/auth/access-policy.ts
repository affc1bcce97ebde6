import type { Type } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner } from '@nestjs/core';
import type { Role } from '@elo/contracts';
import { HealthController, MetricsController } from '@elo/observability';
import { PUBLIC_METADATA, ROLES_METADATA } from './access.decorators';

export type AccessPolicy = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] };

const PUBLIC: AccessPolicy = { kind: 'public' };

// Controllers from shared libraries cannot carry the gateway's decorators; their policy lives here.
// /health/live and /health/ready are probes (public, like /health); /metrics is for admins.
const LIBRARY_POLICIES = new Map<Type<unknown>, AccessPolicy>([
  [HealthController, PUBLIC],
  [MetricsController, { kind: 'roles', roles: ['admin'] }],
]);

function declared(target: object): AccessPolicy | undefined {
  if (Reflect.getMetadata(PUBLIC_METADATA, target) === true) return PUBLIC;
  const roles = Reflect.getMetadata(ROLES_METADATA, target) as Role[] | undefined;
  return roles?.length ? { kind: 'roles', roles } : undefined;
}

/** The method's own declaration wins over its controller's; undefined when neither declares one. */
export function accessPolicyOf(controller: Type<unknown>, handler: object): AccessPolicy | undefined {
  return declared(handler) ?? declared(controller) ?? LIBRARY_POLICIES.get(controller);
}

/** Route handlers (methods carrying a route path) of a controller that declare no access policy. */
export function undeclaredRoutes(controller: Type<unknown>): string[] {
  const proto = controller.prototype as Record<string, unknown>;
  return new MetadataScanner()
    .getAllMethodNames(proto)
    .filter((name) => Reflect.hasMetadata(PATH_METADATA, proto[name] as object))
    .filter((name) => !accessPolicyOf(controller, proto[name] as object))
    .map((name) => `${controller.name}.${name}`);
}
