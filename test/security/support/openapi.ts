import type { Role } from '@elo/contracts';

// The suite is generated from the gateway's own OpenAPI document: every operation it lists is checked,
// so a route added to any service's controller is covered the day it is mounted.

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  nullable?: boolean;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  example?: unknown;
  default?: unknown;
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
  example?: unknown;
}

interface RawOperation {
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  'x-roles'?: Role[];
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

export interface Operation {
  /** `METHOD /path/{param}`, as the document names it. */
  key: string;
  method: string;
  path: string;
  /** The roles allowed; undefined for a public operation. */
  roles?: Role[];
  pathParams: Parameter[];
  queryParams: Parameter[];
  /** The JSON body's schema, references resolved, when the operation takes one. */
  body?: JsonSchema;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Replaces every `$ref` to a component with the component itself (the document has no cycles). */
export function resolveRefs(schema: JsonSchema, doc: OpenApiDocument, seen: string[] = []): JsonSchema {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    if (seen.includes(name)) throw new Error(`Recursive schema ${name}: the fuzz cannot bound it`);
    const target = doc.components?.schemas?.[name];
    if (!target) throw new Error(`Unknown schema reference ${schema.$ref}`);
    return resolveRefs(target, doc, [...seen, name]);
  }
  const out: JsonSchema = { ...schema };
  const walk = (s: JsonSchema) => resolveRefs(s, doc, seen);
  if (schema.items) out.items = walk(schema.items);
  if (schema.properties)
    out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, s]) => [k, walk(s)]));
  if (typeof schema.additionalProperties === 'object')
    out.additionalProperties = walk(schema.additionalProperties);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const list = schema[key];
    if (list) out[key] = list.map(walk);
  }
  return out;
}

/** Every operation of the document, in document order. */
export function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m): Operation => {
      const op = item[m] ?? {};
      const params = (op.parameters ?? []).map((p) => ({
        ...p,
        schema: resolveRefs(p.schema ?? {}, doc),
      }));
      const json = op.requestBody?.content?.['application/json']?.schema;
      return {
        key: `${m.toUpperCase()} ${path}`,
        method: m.toUpperCase(),
        path,
        ...(op.security?.length ? { roles: op['x-roles'] ?? [] } : {}),
        pathParams: params.filter((p) => p.in === 'path'),
        queryParams: params.filter((p) => p.in === 'query'),
        ...(json ? { body: resolveRefs(json, doc) } : {}),
      };
    }),
  );
}

/** The path with each `{param}` replaced by its value, encoded. */
export function fillPath(path: string, values: Record<string, unknown>): string {
  return path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(text(values[name])));
}

/** A query string (with its `?`) from values; arrays repeat the key, undefined ones are left out. */
export function queryString(values: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value])
      search.append(key, typeof v === 'object' ? JSON.stringify(v) : String(v));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

const text = (value: unknown): string =>
  typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
