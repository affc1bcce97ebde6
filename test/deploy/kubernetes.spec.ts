// deploy/k8s checked offline: `kubectl kustomize` renders both overlays, every object is validated
// against the Kubernetes OpenAPI schemas (kubernetes-models' generated validators), and the
// rendered set keeps the deployment's promises: probes, budgets, autoscaling, network isolation.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { REPO_ROOT, SERVICES } from '@elo/stack';

interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
}
interface Container {
  image: string;
  ports: { name: string; containerPort: number }[];
  readinessProbe?: { httpGet?: { path: string; port: string } };
  livenessProbe?: { httpGet?: { path: string; port: string }; tcpSocket?: { port: string } };
  resources?: { requests?: object; limits?: object };
}

interface NetworkPolicySpec {
  podSelector: { matchLabels?: Record<string, string> };
  policyTypes: string[];
  ingress?: object[];
  egress?: { ports: { port: number }[] }[];
}
interface SchemaReport {
  checked: number;
  skipped: string[];
  invalid: { object: string; error: string }[];
}

function render(overlay: string): string {
  return execFileSync('kubectl', ['kustomize', join(REPO_ROOT, 'deploy/k8s/overlays', overlay)], {
    encoding: 'utf8',
    timeout: 30_000,
  });
}

/** Runs tools/build/validate-k8s.mjs (kubernetes-models' schema validators) over rendered YAML. */
function validateSchemas(yaml: string): SchemaReport {
  try {
    const out = execFileSync(process.execPath, ['tools/build/validate-k8s.mjs'], {
      cwd: REPO_ROOT,
      input: yaml,
      encoding: 'utf8',
      timeout: 60_000,
    });
    return JSON.parse(out) as SchemaReport;
  } catch (error) {
    const { stdout } = error as { stdout?: string };
    if (stdout) return JSON.parse(stdout) as SchemaReport;
    throw error;
  }
}

const byKind = (objects: K8sObject[], kind: string) => objects.filter((o) => o.kind === kind);
const named = (objects: K8sObject[], kind: string, name: string) =>
  objects.find((o) => o.kind === kind && o.metadata.name === name);
const containerOf = (deployment: K8sObject) =>
  (deployment.spec as { template: { spec: { containers: Container[] } } }).template.spec.containers[0];

describe.each(['dev', 'prod'])('deploy/k8s overlay %s', (overlay) => {
  const yaml = render(overlay);
  const objects = parseAllDocuments(yaml).map((doc) => doc.toJSON() as K8sObject);

  it('renders objects that are valid against the Kubernetes schemas', () => {
    const report = validateSchemas(yaml);
    expect(report.invalid).toEqual([]);
    // Only the operator's custom resource goes unchecked by the schemas (it is checked below).
    expect(report.skipped).toEqual(['mongodbcommunity.mongodb.com/v1 MongoDBCommunity/elo-mongodb']);
    expect(report.checked).toBe(objects.length - 1);
    expect(report.checked).toBeGreaterThan(SERVICES.length * 4);
  });

  it('runs every service with probes on its health port, resources, a disruption budget and an autoscaler', () => {
    for (const spec of SERVICES) {
      const deployment = named(objects, 'Deployment', spec.name);
      expect(deployment).toBeDefined();
      const container = containerOf(deployment!);
      expect(container.ports).toEqual([{ name: 'http', containerPort: spec.defaultPort }]);
      expect(container.readinessProbe?.httpGet).toEqual({ path: spec.healthPath, port: 'http' });
      expect(container.livenessProbe?.httpGet?.port ?? container.livenessProbe?.tcpSocket?.port).toBe('http');
      expect(container.resources?.requests).toBeDefined();
      expect(container.resources?.limits).toBeDefined();
      expect(named(objects, 'PodDisruptionBudget', spec.name)).toBeDefined();
      expect(named(objects, 'HorizontalPodAutoscaler', spec.name)?.spec).toMatchObject({
        scaleTargetRef: { kind: 'Deployment', name: spec.name },
      });
      expect(named(objects, 'Service', spec.name)).toBeDefined();
    }
    expect(new Set(objects.map((o) => o.metadata.namespace))).toEqual(
      new Set([overlay === 'prod' ? 'elo' : 'elo-dev']),
    );
  });

  it('references Secrets and never carries one', () => {
    expect(byKind(objects, 'Secret')).toEqual([]);
  });

  it('lets only the gateway take ingress, and the services reach only NATS, MongoDB and DNS', () => {
    const policies = byKind(objects, 'NetworkPolicy') as (K8sObject & { spec: NetworkPolicySpec })[];
    const deny = policies.find((p) => p.metadata.name === 'elo-default-deny')!;
    expect(deny.spec.policyTypes).toEqual(['Ingress', 'Egress']);
    const ingressTo = policies
      .filter((p) => Array.isArray(p.spec.ingress))
      .map((p) => p.spec.podSelector.matchLabels?.['app.kubernetes.io/name'] ?? 'several');
    // NATS and MongoDB take connections from Elo pods only; among Elo services, the gateway alone.
    expect(ingressTo.filter((n) => SERVICES.some((s) => s.name === n))).toEqual(['gateway']);
    const egress = policies.find((p) => p.metadata.name === 'services-egress-nats-mongodb')!;
    const ports = (egress.spec.egress ?? []).flatMap((r) => r.ports.map((p) => p.port));
    expect([...new Set(ports)].sort()).toEqual([27017, 4222, 53].sort());
  });

  it('sizes JetStream replicas and the MongoDB replica set for the overlay', () => {
    const common = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith('elo-common'))!;
    expect(common.data?.['ELO_STREAM_REPLICAS']).toBe(overlay === 'prod' ? '3' : '1');
    const mongo = named(objects, 'MongoDBCommunity', 'elo-mongodb');
    expect(mongo?.apiVersion).toBe('mongodbcommunity.mongodb.com/v1');
    expect(mongo?.spec).toMatchObject({ type: 'ReplicaSet', members: overlay === 'prod' ? 3 : 1 });
  });
});

describe('the Kubernetes schema check', () => {
  it('rejects an invalid object and an unknown kind', () => {
    const broken = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'x' },
      spec: { replicas: 'two' },
    };
    const unknown = { apiVersion: 'apps/v1', kind: 'Deploymnet', metadata: { name: 'y' } };
    const report = validateSchemas(`${JSON.stringify(broken)}\n---\n${JSON.stringify(unknown)}\n`);
    expect(report.invalid.map((i) => i.object)).toEqual(['apps/v1 Deployment/x', 'apps/v1 Deploymnet/y']);
    expect(report.invalid[0]?.error).toMatch(/replicas must be integer/);
  });

  it('has Helm values for a 3-node NATS cluster with JetStream on file storage', () => {
    const values = parse(readFileSync(join(REPO_ROOT, 'deploy/k8s/helm/nats-values.yaml'), 'utf8')) as {
      config: { cluster: object; jetstream: object };
    };
    expect(values.config.cluster).toMatchObject({ enabled: true, replicas: 3 });
    expect(values.config.jetstream).toMatchObject({ enabled: true, fileStore: { enabled: true } });
  });
});
