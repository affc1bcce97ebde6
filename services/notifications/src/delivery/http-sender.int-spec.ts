import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { send } from './http-sender';

describe('one webhook POST against a real local server', () => {
  let server: Server;
  let port: number;
  const requests: string[] = [];
  const held: ServerResponse[] = [];
  let connections = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '/');
      req.resume();
      if (req.url === '/moved') res.writeHead(302, { location: `http://127.0.0.1:${port}/target` }).end();
      else if (req.url === '/hold') held.push(res);
      else if (req.url === '/long') res.writeHead(200).end('x'.repeat(5_000));
      else res.writeHead(204).end();
    });
    server.on('connection', () => connections++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    held.forEach((res) => res.destroy());
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => requests.splice(0));

  // Only /hold is meant to time out: the others get a timeout a loaded machine cannot reach, so a slow
  // answer is never mistaken for none (which would also drop the connection the reuse test counts).
  const post = (path: string, mode: 'production' | 'development' = 'development', host = '127.0.0.1') =>
    send(
      `http://${host}:${port}${path}`,
      '{}',
      { 'webhook-id': 'msg_1' },
      { timeoutMs: path === '/hold' ? 500 : 30_000, mode },
    );

  it('takes a redirect as the answer and does not follow it', async () => {
    const result = await post('/moved');
    expect(result.status).toBe(302);
    expect(requests).toEqual(['/moved']);
  });

  it('gives up at the timeout with no status', async () => {
    const result = await post('/hold');
    expect(result.status).toBeUndefined();
    expect(result.response).toMatch(/no answer within 500 ms/);
    expect(requests).toEqual(['/hold']);
  });

  it('keeps only the start of a long answer', async () => {
    const result = await post('/long');
    expect(result.status).toBe(200);
    expect(result.response.length).toBeLessThanOrEqual(1024);
  });

  it('reuses the connection to an origin, but never one whose exchange timed out or was cut short', async () => {
    expect((await post('/a')).status).toBe(204);
    const before = connections;
    expect((await post('/b')).status).toBe(204);
    expect((await post('/c')).status).toBe(204);
    expect(connections).toBe(before);
    expect((await post('/hold')).status).toBeUndefined();
    expect((await post('/d')).status).toBe(204);
    expect(connections).toBe(before + 1);
    expect((await post('/long')).status).toBe(200);
    expect((await post('/e')).status).toBe(204);
    expect(connections).toBe(before + 2);
    expect(requests).toEqual(['/a', '/b', '/c', '/hold', '/d', '/long', '/e']);
  });

  it('in production never connects to a name that resolves to loopback; development may', async () => {
    const refused = await post('/private', 'production', 'localhost');
    expect(refused.status).toBeUndefined();
    expect(refused.response).toMatch(/not public/);
    expect(requests).toEqual([]);
    expect((await post('/private', 'development', 'localhost')).status).toBe(204);
    expect(requests).toEqual(['/private']);
  });
});
