import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DEV_ADMIN_CLIENT_ID, DEV_ADMIN_CLIENT_SECRET } from '@elo/contracts';
import { startNats, type TestNats } from '@elo/testing';
import { startGatewayAlone } from '../test-fixtures/gateway-alone';
import { MAX_JSON_DEPTH } from './json-body';

// What the gateway refuses by itself, before any service is asked: no directory runs here, so an
// input that got through would answer 503, not 400.

type Problem = { status: number; code: string; errors?: { field: string; message: string }[] };

describe('HTTP input validation in the gateway', () => {
  let nats: TestNats;
  let app: NestFastifyApplication;
  let token: string;

  beforeAll(async () => {
    nats = await startNats();
    app = await startGatewayAlone(nats.url, { RPC_TIMEOUT_MS: '1000' });
    const res = await app.inject({
      method: 'POST',
      url: '/v1/auth/token',
      payload: {
        grant_type: 'client_credentials',
        client_id: DEV_ADMIN_CLIENT_ID,
        client_secret: DEV_ADMIN_CLIENT_SECRET,
      },
    });
    token = res.json<{ access_token: string }>().access_token;
  });

  afterAll(async () => {
    await app?.close();
    await nats?.stop();
  });

  const send = async (method: 'POST' | 'PATCH', url: string, payload: string) => {
    const res = await app.inject({
      method,
      url,
      payload,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    });
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    return { status: res.statusCode, body: res.json<Problem>() };
  };
  const valid = { name: 'Instituto Teste', acronym: 'IT', kind: 'civil_society' };
  const institution = '/v1/institutions/665f1c2e9b1e8a0012345678';

  it('answers a wrong CNPJ with DIRECTORY.INVALID_CNPJ, as the directory would', async () => {
    for (const cnpj of ['00394494000137', '12ABC34501DE36', '12abc34501de35', '00.394.494/0001-36']) {
      const res = await send('POST', '/v1/institutions', JSON.stringify({ ...valid, cnpj }));
      expect({ cnpj, status: res.status, code: res.body.code }).toEqual({
        cnpj,
        status: 400,
        code: 'DIRECTORY.INVALID_CNPJ',
      });
      expect(res.body.errors?.map((e) => e.field)).toEqual(['cnpj']);
    }
  });

  it('lets both forms of a valid CNPJ through to the directory', async () => {
    for (const cnpj of ['00394494000136', '12ABC34501DE35']) {
      const res = await send('POST', '/v1/institutions', JSON.stringify({ ...valid, cnpj }));
      expect([503, 504]).toContain(res.status);
    }
  });

  it('answers COMMON.VALIDATION when the CNPJ is not the only problem', async () => {
    const res = await send('POST', '/v1/institutions', JSON.stringify({ ...valid, kind: 'x', cnpj: '1' }));
    expect(res.body.code).toBe('COMMON.VALIDATION');
    expect(res.body.errors?.map((e) => e.field).sort()).toEqual(['cnpj', 'kind']);
  });

  it.each(['   ', '\u200b\u200b\u200b', ' \u200b \u2060 '])('refuses the blank name %j', async (name) => {
    const res = await send('POST', '/v1/institutions', JSON.stringify({ ...valid, name }));
    expect([res.status, res.body.code, res.body.errors?.[0]?.field]).toEqual([
      400,
      'COMMON.VALIDATION',
      'name',
    ]);
    const patch = await send('PATCH', institution, JSON.stringify({ name }));
    expect([patch.status, patch.body.code]).toEqual([400, 'COMMON.VALIDATION']);
  });

  it('refuses an acronym mixing scripts (Cyrillic look-alikes), naming the field', async () => {
    const res = await send('POST', '/v1/institutions', JSON.stringify({ ...valid, acronym: 'СОNАТRАР' }));
    expect([res.status, res.body.code, res.body.errors?.[0]?.field]).toEqual([
      400,
      'COMMON.VALIDATION',
      'acronym',
    ]);
  });

  it.each(['null', '[]', '"x"', '3'])('refuses a change whose body is %s', async (body) => {
    const res = await send('PATCH', institution, body);
    expect([res.status, res.body.code]).toEqual([400, 'COMMON.VALIDATION']);
  });

  it('refuses deeply nested JSON and huge arrays with 400, not 500', async () => {
    const deep = `{"name":${'['.repeat(MAX_JSON_DEPTH * 1_000)}${']'.repeat(MAX_JSON_DEPTH * 1_000)}}`;
    for (const body of [deep, `{"networks":[${'"NETP",'.repeat(5_000)}"NETP"]}`]) {
      const res = await send('PATCH', institution, body);
      expect([res.status, res.body.code]).toEqual([400, 'COMMON.BAD_REQUEST']);
    }
    const slightlyDeep = `{"name":${'['.repeat(MAX_JSON_DEPTH - 1)}${']'.repeat(MAX_JSON_DEPTH - 1)}}`;
    const res = await send('PATCH', institution, slightlyDeep);
    expect([res.status, res.body.code, res.body.errors?.[0]?.field]).toEqual([
      400,
      'COMMON.VALIDATION',
      'name',
    ]);
  });

  it('still refuses malformed JSON and prototype keys', async () => {
    expect((await send('POST', '/v1/institutions', '{"name":')).status).toBe(400);
    const proto = await send('POST', '/v1/institutions', `{"__proto__":{"admin":true},"name":"x"}`);
    expect(proto.status).toBe(400);
  });

  it('refuses a path parameter or query that the contracts refuse, naming it', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/v1/institutions?limit=101&kind=nope',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(
      res
        .json<Problem>()
        .errors?.map((e) => e.field)
        .sort(),
    ).toEqual(['kind', 'limit']);
    const id = await app.inject({
      method: 'GET',
      url: '/v1/institutions/XYZ',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(id.json<Problem>()).toMatchObject({
      status: 400,
      code: 'COMMON.VALIDATION',
      errors: [{ field: 'id' }],
    });
  });
});
