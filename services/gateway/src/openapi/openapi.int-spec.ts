import { Validator } from '@seriousme/openapi-schema-validator';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@elo/config';
import { startNats, type TestNats } from '@elo/testing';
import { createGateway } from '../bootstrap';
import { gatewayConfigSchema } from '../config';

type Schema = { properties?: Record<string, Schema & { description?: string }>; items?: Schema; description?: string };
type Operation = { responses: Record<string, unknown>; description?: string; summary?: string };

describe('OpenAPI document', () => {
  let nats: TestNats;
  let app: NestFastifyApplication;
  let doc: { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

  beforeAll(async () => {
    nats = await startNats();
    const config = loadConfig(gatewayConfigSchema, { NATS_URL: nats.url, LOG_LEVEL: 'silent' });
    app = await createGateway(config);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    const res = await app.inject({ method: 'GET', url: '/docs/openapi.json' });
    expect(res.statusCode).toBe(200);
    doc = JSON.parse(res.body) as typeof doc;
  });

  afterAll(async () => {
    await app?.close();
    await nats?.stop();
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
});
