import { adminToken, expectEventually, startTestStack, type TestStack } from '@elo/testing';

const VALID = {
  name: 'Ministério da Justiça e Segurança Pública (teste)',
  acronym: 'MJSP-T',
  kind: 'federal_body',
};

describe('institutions through the gateway', () => {
  let stack: TestStack;
  let token: string;

  beforeAll(async () => {
    stack = await startTestStack();
    token = await adminToken(stack);
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('creates an institution and reads it back', async () => {
    const created = await stack.api.request<{ id: string }>('POST', '/v1/institutions', {
      token,
      body: { ...VALID, cnpj: '11222333000181', uf: 'DF', networks: ['CONATRAP'] },
    });
    expect(created.status).toBe(201);
    expect(created.body.id).toMatch(/^[0-9a-f]{24}$/);

    const read = await stack.api.request('GET', `/v1/institutions/${created.body.id}`, { token });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      ...VALID,
      cnpj: '11222333000181',
      uf: 'DF',
      networks: ['CONATRAP'],
      version: 0,
    });
  });

  it('refuses an invalid CNPJ with problem+json naming the field', async () => {
    const res = await stack.api.request<{ errors: { field: string }[] }>('POST', '/v1/institutions', {
      token,
      body: { ...VALID, acronym: 'BAD-CNPJ', cnpj: '00394494000137' },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      status: 400,
      code: 'DIRECTORY.INVALID_CNPJ',
      instance: '/v1/institutions',
    });
    expect(res.body.errors.map((e) => e.field)).toEqual(['cnpj']);
    const list = await stack.api.request<{ items: { acronym: string }[] }>(
      'GET',
      '/v1/institutions?limit=100',
      {
        token,
      },
    );
    expect(list.body.items.map((i) => i.acronym)).not.toContain('BAD-CNPJ');
  });

  it('registers an alphanumeric CNPJ (IN RFB 2.229/2024) and refuses a wrong one as DIRECTORY.INVALID_CNPJ', async () => {
    const created = await stack.api.request<{ id: string; cnpj: string }>('POST', '/v1/institutions', {
      token,
      body: { ...VALID, acronym: 'ALNUM', cnpj: '12ABC34501DE35' },
    });
    expect([created.status, created.body.cnpj]).toEqual([201, '12ABC34501DE35']);
    const wrong = await stack.api.request<{ code: string }>('PATCH', `/v1/institutions/${created.body.id}`, {
      token,
      body: { cnpj: '12ABC34501DE36' },
    });
    expect([wrong.status, wrong.body.code]).toEqual([400, 'DIRECTORY.INVALID_CNPJ']);
  });

  it('refuses a blank name, a null change and deeply nested JSON with 400, changing nothing', async () => {
    const created = await stack.api.request<{ id: string }>('POST', '/v1/institutions', {
      token,
      body: { ...VALID, acronym: 'BLANK' },
    });
    const path = `/v1/institutions/${created.body.id}`;
    for (const name of ['    ', '\u200b\u200b\u200b']) {
      const post = await stack.api.request('POST', '/v1/institutions', {
        token,
        body: { ...VALID, acronym: 'BLANK2', name },
      });
      expect(post.status).toBe(400);
      expect((await stack.api.request('PATCH', path, { token, body: { name } })).status).toBe(400);
    }
    expect((await stack.api.request('PATCH', path, { token, body: null })).status).toBe(400);
    // Sent as text: JSON.stringify itself cannot write what the gateway must refuse.
    const nested = await fetch(stack.gatewayUrl + path, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: `{"name":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    });
    expect([nested.status, ((await nested.json()) as { code: string }).code]).toEqual([
      400,
      'COMMON.BAD_REQUEST',
    ]);
    expect((await stack.api.request('GET', path, { token })).body).toMatchObject({
      ...VALID,
      acronym: 'BLANK',
      version: 0,
    });
  });

  it('refuses null for any field of a create or a change, and changes nothing', async () => {
    const created = await stack.api.request<{ id: string }>('POST', '/v1/institutions', {
      token,
      body: { ...VALID, acronym: 'NULLS', uf: 'PA' },
    });
    for (const field of ['name', 'acronym', 'kind', 'cnpj', 'uf', 'municipalityCode', 'networks']) {
      const patch = await stack.api.request<{ errors: { field: string }[] }>(
        'PATCH',
        `/v1/institutions/${created.body.id}`,
        { token, body: { [field]: null } },
      );
      expect({ field, status: patch.status, code: patch.body }).toMatchObject({
        field,
        status: 400,
        code: { code: 'COMMON.VALIDATION' },
      });
      expect(new Set(patch.body.errors.map((e) => e.field))).toEqual(new Set([field]));
    }
    const post = await stack.api.request('POST', '/v1/institutions', {
      token,
      body: { ...VALID, acronym: 'NULLS2', uf: null },
    });
    expect(post.status).toBe(400);
    const read = await stack.api.request('GET', `/v1/institutions/${created.body.id}`, { token });
    expect(read.body).toMatchObject({ ...VALID, acronym: 'NULLS', uf: 'PA', version: 0 });
  });

  it('changes conditionally: ETag on reads and changes, If-Match checked strongly', async () => {
    const created = await stack.api.request<{ id: string }>('POST', '/v1/institutions', {
      token,
      body: { ...VALID, acronym: 'ETAG', uf: 'PA' },
    });
    const path = `/v1/institutions/${created.body.id}`;
    const patch = <T = { version: number }>(body: unknown, ifMatch?: string) =>
      stack.api.request<T>('PATCH', path, {
        token,
        body,
        headers: ifMatch === undefined ? {} : { 'if-match': ifMatch },
      });
    expect((await stack.api.request('GET', path, { token })).headers.get('etag')).toBe('"0"');

    const changed = await patch({ uf: 'AM' }, '"0"');
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).toBe('"1"');
    expect(changed.body.version).toBe(1);

    const stale = await patch<{ code: string; status: number }>({ uf: 'RR' }, '"0"');
    expect(stale.status).toBe(412);
    expect(stale.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(stale.body).toMatchObject({ status: 412, code: 'COMMON.PRECONDITION_FAILED' });

    for (const malformed of ['W/"1"', '1', '"one"']) {
      const res = await patch<{ code: string; errors: { field: string }[] }>({ uf: 'RR' }, malformed);
      expect({ malformed, status: res.status, code: res.body.code }).toEqual({
        malformed,
        status: 400,
        code: 'COMMON.VALIDATION',
      });
      expect(res.body.errors.map((e) => e.field)).toEqual(['If-Match']);
    }
    const read = await stack.api.request('GET', path, { token });
    expect(read.body).toMatchObject({ uf: 'AM', version: 1 });
    expect(read.headers.get('etag')).toBe('"1"');

    const any = await patch({ uf: 'AC' }, '*');
    expect([any.status, any.headers.get('etag')]).toEqual([200, '"2"']);
    const unconditional = await patch({ uf: 'RO' });
    expect([unconditional.status, unconditional.headers.get('etag')]).toEqual([200, '"3"']);
    expect((await stack.api.request('GET', path, { token })).body).toMatchObject({ uf: 'RO', version: 3 });
  });

  it('answers 404 problem+json for an unknown id', async () => {
    const res = await stack.api.request('GET', '/v1/institutions/0123456789abcdef01234567', { token });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'DIRECTORY.INSTITUTION_NOT_FOUND', status: 404 });
  });

  it('refuses an unknown field with 400', async () => {
    const res = await stack.api.request<{ errors: { field: string }[] }>('POST', '/v1/institutions', {
      token,
      body: { ...VALID, acronym: 'EXTRA', isAdmin: true },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e) => e.field)).toContain('isAdmin');
  });

  it('echoes X-Request-Id and puts it in problem bodies', async () => {
    const res = await stack.api.request<{ correlationId: string }>(
      'GET',
      '/v1/institutions/0123456789abcdef01234567',
      {
        token,
        headers: { 'x-request-id': 'trace-abc-123' },
      },
    );
    expect(res.headers.get('x-request-id')).toBe('trace-abc-123');
    expect(res.body.correlationId).toBe('trace-abc-123');
    // The id travels in NATS headers into the directory's own log lines.
    await expectEventually(() => {
      const lines = stack
        .output()
        .split('\n')
        .filter((l) => l.includes('"correlationId":"trace-abc-123"'));
      expect(lines.some((l) => l.includes('"service":"directory"'))).toBe(true);
      expect(lines.some((l) => l.includes('"service":"gateway"'))).toBe(true);
    });
  });

  it('pages with limit and cursor, and refuses a limit over 100', async () => {
    const first = await stack.api.request<{ items: { id: string }[]; nextCursor: string | null }>(
      'GET',
      '/v1/institutions?limit=2',
      { token },
    );
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await stack.api.request<{ items: { id: string }[] }>(
      'GET',
      `/v1/institutions?limit=2&cursor=${first.body.nextCursor}`,
      { token },
    );
    expect(second.body.items[0]?.id).not.toBe(first.body.items[0]?.id);
    expect((await stack.api.request('GET', '/v1/institutions?limit=101', { token })).status).toBe(400);
  });

  it('serves a valid OpenAPI document', async () => {
    const res = await stack.api.request<{ openapi: string; paths: Record<string, unknown> }>(
      'GET',
      '/docs/openapi.json',
    );
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/v1/institutions', '/v1/institutions/{id}']),
    );
  });

  it('answers 503 or 504 within its timeout when the directory is down', async () => {
    await stack.stopService('directory');
    try {
      const started = Date.now();
      const res = await stack.api.request('GET', '/v1/institutions', { token });
      expect([503, 504]).toContain(res.status);
      expect(res.headers.get('content-type')).toMatch(/problem\+json/);
      expect(Date.now() - started).toBeLessThan(15_000);
      expect((await stack.api.request('GET', '/health')).status).toBe(503);
    } finally {
      await stack.startService('directory');
    }
    expect((await stack.api.request('GET', '/health')).status).toBe(200);
  });
});
