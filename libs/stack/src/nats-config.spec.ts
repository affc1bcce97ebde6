import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createUser } from '@nats-io/nkeys';
import { SERVICE_NAMES } from '@elo/contracts';
import { busPermissions } from './bus-permissions';
import { nkeyVariable, renderAuthorization, renderDeployNatsConfig } from './nats-config';
import { REPO_ROOT } from './services';

const deployConfig = join(REPO_ROOT, 'deploy/nats/nats.conf');

describe('nats-server configuration rendered from the catalogs', () => {
  it('gives every service one user with its own key and exactly its busPermissions()', () => {
    const nkeys = Object.fromEntries(SERVICE_NAMES.map((s) => [s, createUser().getPublicKey()]));
    const rendered = renderAuthorization(nkeys as Parameters<typeof renderAuthorization>[0]);
    for (const service of SERVICE_NAMES) {
      const block = rendered.split(`# ${service}\n`)[1]?.split('    }')[0] ?? '';
      expect(block).toContain(`nkey: "${nkeys[service]}"`);
      const { publish, subscribe } = busPermissions(service);
      for (const subject of [...publish.allow, ...subscribe.allow]) expect(block).toContain(`"${subject}"`);
    }
  });

  it('deploy/nats/nats.conf is the rendered one (regenerate: libs/stack/src/render-deploy-nats.ts)', () => {
    expect(readFileSync(deployConfig, 'utf8')).toBe(renderDeployNatsConfig());
    for (const service of SERVICE_NAMES)
      expect(renderDeployNatsConfig()).toContain(`$${nkeyVariable(service)}`);
  });

  it('deploy/nats/nats.conf is a valid nats-server config once the public keys are in the environment', () => {
    const env = Object.fromEntries(SERVICE_NAMES.map((s) => [nkeyVariable(s), createUser().getPublicKey()]));
    const result = spawnSync('nats-server', ['-t', '-c', deployConfig], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/error/i);
    expect(result.status).toBe(0);
  });
});
