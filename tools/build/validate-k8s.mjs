#!/usr/bin/env node
// Validates Kubernetes objects offline against the Kubernetes OpenAPI schemas, through the
// validators kubernetes-models generates (one class per kind, at <group>/<version>/<Kind>.js).
// Input: rendered YAML (e.g. `kubectl kustomize deploy/k8s/overlays/prod`) on stdin or as a file.
// Output: JSON { checked, skipped, invalid: [{ object, error }] }; exit 1 when anything is invalid.
// A plain ESM script because kubernetes-models exports for `import` only.
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

/** Operators' custom resources: their CRDs are not part of the Kubernetes schemas. */
const CUSTOM_KINDS = new Set(['MongoDBCommunity']);

export async function validateObjects(objects) {
  const report = { checked: 0, skipped: [], invalid: [] };
  for (const object of objects) {
    const id = `${object.apiVersion} ${object.kind}/${object.metadata?.name}`;
    if (CUSTOM_KINDS.has(object.kind)) {
      report.skipped.push(id);
      continue;
    }
    let Model;
    try {
      Model = (await import(`kubernetes-models/${object.apiVersion}`))[object.kind];
    } catch {
      Model = undefined;
    }
    if (!Model) {
      report.invalid.push({ object: id, error: 'no schema for this apiVersion and kind' });
      continue;
    }
    try {
      new Model(object).validate();
      report.checked += 1;
    } catch (error) {
      report.invalid.push({ object: id, error: String(error?.message ?? error) });
    }
  }
  return report;
}

const source = readFileSync(process.argv[2] ?? 0, 'utf8');
const objects = parseAllDocuments(source).map((doc) => doc.toJSON());
const report = await validateObjects(objects.filter(Boolean));
process.stdout.write(`${JSON.stringify(report)}\n`);
process.exit(report.invalid.length > 0 ? 1 : 0);
