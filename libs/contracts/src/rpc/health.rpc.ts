import { z } from 'zod';
import type { ServiceName } from '../services';
import { defineRpc } from './define-rpc';

export interface ReadinessReport {
  service: string;
  ready: boolean;
  checks: Record<string, 'up' | 'down'>;
}

/** A request that carries nothing: `{}` and no other key. */
export const emptyRequestSchema = z.strictObject({});

const readiness = defineRpc<ReadinessReport>()({
  request: emptyRequestSchema,
  access: { internal: ['gateway'] },
  description: 'Whether the service and its dependencies are ready (asked by the gateway’s /health).',
});

/** `<service>.health.ready`, which every backend service answers. */
export function healthRpc<const S extends Exclude<ServiceName, 'gateway'>>(
  service: S,
): Record<`${S}.health.ready`, typeof readiness> {
  return { [`${service}.health.ready`]: readiness } as Record<`${S}.health.ready`, typeof readiness>;
}
