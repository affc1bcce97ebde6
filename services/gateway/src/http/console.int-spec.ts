import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { startNats, type TestNats } from '@elo/testing';
import { startGatewayAlone } from '../test-fixtures/gateway-alone';

describe('the console under /console', () => {
  let nats: TestNats;
  let app: NestFastifyApplication;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elo-console-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Elo</title>');
    fs.writeFileSync(path.join(dir, 'assets', 'index-abc.js'), 'export {};');
    nats = await startNats();
    app = await startGatewayAlone(nats.url, { CONSOLE_DIR: dir });
  });

  afterAll(async () => {
    await app?.close();
    await nats?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html with a strict Content-Security-Policy, revalidated', async () => {
    const res = await app.inject({ method: 'GET', url: '/console/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>Elo</title>');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('serves hashed assets as immutable and redirects /console to /console/', async () => {
    // The browser sends the session cookie with them: the same files for everyone, still cached.
    const asset = await app.inject({
      method: 'GET',
      url: '/console/assets/index-abc.js',
      headers: { cookie: 'elo_session=abc' },
    });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    const bare = await app.inject({ method: 'GET', url: '/console' });
    expect([301, 302, 308]).toContain(bare.statusCode);
    expect(bare.headers.location).toBe('/console/');
  });

  it('keeps the policy to the console: the API and its 404s are unchanged', async () => {
    const missing = await app.inject({ method: 'GET', url: '/console/nothing-here.js' });
    expect(missing.statusCode).toBe(404);
    const api = await app.inject({ method: 'GET', url: '/v1/plan/axes' });
    expect(api.headers['content-security-policy']).toBeUndefined();
    expect(api.headers['x-content-type-options']).toBe('nosniff');
  });
});
