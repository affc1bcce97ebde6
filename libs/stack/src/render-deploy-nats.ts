import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDeployNatsConfig } from './nats-config';
import { REPO_ROOT } from './services';

// Rewrites deploy/nats/nats.conf after a catalog change (nats-config.spec.ts fails until then).
const path = join(REPO_ROOT, 'deploy/nats/nats.conf');
writeFileSync(path, renderDeployNatsConfig());
console.log(`Wrote ${path}`);
