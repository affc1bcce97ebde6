import { Validator } from '@seriousme/openapi-schema-validator';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { startNats, type TestNats } from '@elo/testing';
import { startGatewayAlone } from '../test-fixtures/gateway-alone';
import { openApiDocument } from './document';

type Schema = {
  properties?: Record<string, Schema & { description?: string }>;
  items?: Schema;
  description?: string;
};
type Parameter = { name: string; in: string; description?: string; schema?: Record<string, unknown> };
type Operation = {
  responses: Record<string, unknown>;
  description?: string;
  summary?: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
};

describe('OpenAPI document', () => {
  let nats: TestNats;
  let app: NestFastifyApplication;
  let doc: {
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, Schema> };
  };

  beforeAll(async () => {
    nats = await startNats();
    app = await startGatewayAlone(nats.url);
    const res = await app.inject({ method: 'GET', url: '/docs/openapi.json' });
    expect(res.statusCode).toBe(200);
    doc = JSON.parse(res.body) as typeof doc;
  });

  afterAll(async () => {
    await app?.close();
    await nats?.stop();
  });

  it('is the same when built without a bus, as the console types are', async () => {
    expect(JSON.parse(JSON.stringify(await openApiDocument()))).toEqual(doc);
  });

  it('validates against the OpenAPI 3 schema', async () => {
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('documents error responses on every operation', () => {
    const missing = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => !Object.keys(op.responses).some((status) => /^[45]\d\d$/.test(status)))
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(missing).toEqual([]);
  });

  it('describes every property of every schema', () => {
    const undocumented: string[] = [];
    for (const [name, schema] of Object.entries(doc.components.schemas)) {
      for (const [prop, def] of Object.entries(schema.properties ?? {})) {
        if (!def.description && !(def as { $ref?: string }).$ref) undocumented.push(`${name}.${prop}`);
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('documents every request body and parameter from the contracts’ zod schemas, with their descriptions', () => {
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
    );
    const bodies = operations.flatMap(({ name, op }) =>
      Object.values(op.requestBody?.content ?? {}).map((media) => ({ name, ref: media.schema.$ref })),
    );
    expect(bodies.filter((b) => !b.ref?.startsWith('#/components/schemas/'))).toEqual([]);
    for (const { ref } of bodies) expect(doc.components.schemas[ref?.split('/').pop() ?? '']).toBeDefined();
    const undescribed = operations.flatMap(({ name, op }) =>
      (op.parameters ?? []).filter((p) => !p.description).map((p) => `${name} ${p.in} ${p.name}`),
    );
    expect(undescribed).toEqual([]);
    const pathParams = operations.flatMap(({ op }) => (op.parameters ?? []).filter((p) => p.in === 'path'));
    expect(pathParams.every((p) => typeof p.schema?.['pattern'] === 'string')).toBe(true);
  });

  it('keeps the contracts’ descriptions and examples, such as the CNPJ’s two forms', () => {
    const create = doc.components.schemas['CreateInstitutionInput'] as Schema & {
      properties: Record<string, { description?: string; example?: unknown; pattern?: string }>;
      additionalProperties?: boolean;
    };
    expect(create.additionalProperties).toBe(false);
    expect(create.properties['cnpj']).toMatchObject({
      description: expect.stringContaining('IN RFB 2.229/2024') as unknown,
      example: '00394494000136',
      pattern: '^[0-9A-Z]{12}[0-9]{2}$',
    });
    expect(create.properties['name']?.example).toBe('Ministério da Justiça e Segurança Pública');
    const list = doc.paths['/v1/institutions']?.['get']?.parameters ?? [];
    expect(list.find((p) => p.name === 'limit')).toMatchObject({
      in: 'query',
      schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
    });
  });

  it('documents every page answer as one generic page of its own items', () => {
    type Answer = Schema & { $ref?: string; required?: string[] };
    const schemas: Record<string, Answer> = doc.components.schemas;
    const resolve = (schema: Answer): Answer =>
      schema.$ref ? (schemas[schema.$ref.split('/').pop() ?? ''] ?? {}) : schema;
    const pages = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).flatMap(([method, op]) => {
        const ok = (op.responses['200'] ?? {}) as { content?: Record<string, { schema?: Answer }> };
        const answer = ok.content?.['application/json']?.schema;
        const page = answer && resolve(answer);
        return page?.properties?.['nextCursor'] ? [{ name: `${method.toUpperCase()} ${path}`, page }] : [];
      }),
    );
    expect(pages.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        'GET /v1/institutions',
        'GET /v1/institutions/{id}/clients',
        'GET /v1/plan/actions',
        'GET /v1/plan/activities',
        'GET /v1/plan/activities/{code}/evidence',
        'GET /v1/plan/activities/{code}/reports',
        'GET /v1/admin/dead-letters',
      ]) as unknown,
    );
    for (const { page } of pages) {
      const items = resolve(page.properties?.['items'] as Answer);
      expect([page.required, items]).toEqual([
        expect.arrayContaining(['items', 'nextCursor']),
        expect.objectContaining({ type: 'array', items: expect.anything() as unknown }),
      ]);
    }
    const institutions = pages.find((p) => p.name === 'GET /v1/institutions')?.page;
    expect(institutions?.properties?.['items']?.items?.properties?.['cnpj']?.description).toMatch(/CNPJ/);
  });
});
