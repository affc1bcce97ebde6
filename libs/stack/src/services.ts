import { resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../../..');

export interface ServiceSpec {
  name: string;
  main: string;
  /** Environment for this service, given the ports the stack assigned. */
  env(ports: StackPorts): Record<string, string>;
  /** Where its health endpoint answers. */
  healthUrl(ports: StackPorts): string;
}

export interface StackPorts {
  gateway: number;
  directory: number;
}

// Start order: backing services first, the gateway last.
export const SERVICES: ServiceSpec[] = [
  {
    name: 'directory',
    main: 'services/directory/src/main.ts',
    env: (p) => ({ DIRECTORY_HTTP_PORT: String(p.directory), DIRECTORY_SEED: 'true' }),
    healthUrl: (p) => `http://127.0.0.1:${p.directory}/health/ready`,
  },
  {
    name: 'gateway',
    main: 'services/gateway/src/main.ts',
    env: (p) => ({ PORT: String(p.gateway) }),
    healthUrl: (p) => `http://127.0.0.1:${p.gateway}/health`,
  },
];

export const DEFAULT_PORTS: StackPorts = { gateway: 3000, directory: 3101 };
