import { resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../../..');

export interface ServiceSpec {
  name: string;
  main: string;
  defaultPort: number;
  /** Environment for this service, given its HTTP port. */
  env(port: number): Record<string, string>;
  /** Path of its health endpoint on that port. */
  healthPath: string;
}

// Start order: backing services first, the gateway last.
export const SERVICES: ServiceSpec[] = [
  {
    name: 'directory',
    main: 'services/directory/src/main.ts',
    defaultPort: 3101,
    env: (port) => ({ DIRECTORY_HTTP_PORT: String(port), DIRECTORY_SEED: 'true' }),
    healthPath: '/health/ready',
  },
  {
    name: 'plan-tracking',
    main: 'services/plan-tracking/src/main.ts',
    defaultPort: 3102,
    env: (port) => ({ PLAN_HTTP_PORT: String(port), PLAN_SEED: 'true' }),
    healthPath: '/health/ready',
  },
  {
    name: 'training',
    main: 'services/training/src/main.ts',
    defaultPort: 3104,
    env: (port) => ({ TRAINING_HTTP_PORT: String(port), TRAINING_SEED: 'true' }),
    healthPath: '/health/ready',
  },
  {
    name: 'partnerships',
    main: 'services/partnerships/src/main.ts',
    defaultPort: 3103,
    env: (port) => ({ PARTNERSHIPS_HTTP_PORT: String(port), PARTNERSHIPS_SEED: 'true' }),
    healthPath: '/health/ready',
  },
  {
    name: 'referrals',
    main: 'services/referrals/src/main.ts',
    defaultPort: 3105,
    env: (port) => ({ REFERRALS_HTTP_PORT: String(port) }),
    healthPath: '/health/ready',
  },
  {
    name: 'notifications',
    main: 'services/notifications/src/main.ts',
    defaultPort: 3106,
    env: (port) => ({ NOTIFICATIONS_HTTP_PORT: String(port) }),
    healthPath: '/health/ready',
  },
  {
    name: 'gateway',
    main: 'services/gateway/src/main.ts',
    defaultPort: 3000,
    env: (port) => ({ PORT: String(port) }),
    healthPath: '/health',
  },
];

export type StackPorts = Record<string, number>;

export function defaultPorts(): StackPorts {
  return Object.fromEntries(SERVICES.map((s) => [s.name, s.defaultPort]));
}
