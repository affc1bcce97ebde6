// The console's HTTP client: same-origin cookie, CSRF header on changes, expiry noticed on 401.
import type * as ClientModule from './client';

const calls: Request[] = [];
let answerStatus = 200;
globalThis.fetch = (input: RequestInfo | URL) => {
  calls.push(input as Request);
  return Promise.resolve(
    new Response('{}', { status: answerStatus, headers: { 'content-type': 'application/json' } }),
  );
};

// Loaded after the fetch stub: openapi-fetch keeps the fetch it finds when the client is created.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const client = require('./client') as typeof ClientModule;

describe('the console API client', () => {
  beforeEach(() => {
    calls.length = 0;
    answerStatus = 200;
    client.setCsrfToken('csrf-123');
  });

  it('sends the CSRF token on changes only, and the cookie same-origin', async () => {
    await client.api.GET('/v1/plan/dashboard', { baseUrl: 'http://console.test' });
    await client.api.POST('/v1/plan/activities/{code}/reports/{id}/approve', {
      baseUrl: 'http://console.test',
      params: { path: { code: '2.5.1', id: 'r1' } },
    });
    expect(calls.map((r) => [r.method, r.headers.get('x-csrf-token'), r.credentials])).toEqual([
      ['GET', null, 'same-origin'],
      ['POST', 'csrf-123', 'same-origin'],
    ]);
  });

  it("sends it on the People page's actions and the own account's changes alike", async () => {
    const baseUrl = 'http://console.test';
    await client.api.POST('/v1/people/{id}/disable', { baseUrl, params: { path: { id: 'a'.repeat(24) } } });
    await client.api.POST('/v1/session/password', {
      baseUrl,
      body: { currentPassword: 'x'.repeat(12), newPassword: 'y'.repeat(12) },
    });
    expect(calls.map((r) => [new URL(r.url).pathname, r.headers.get('x-csrf-token')])).toEqual([
      [`/v1/people/${'a'.repeat(24)}/disable`, 'csrf-123'],
      ['/v1/session/password', 'csrf-123'],
    ]);
  });

  it('forgets the token at sign-out', async () => {
    client.setCsrfToken(undefined);
    await client.api.DELETE('/v1/session', { baseUrl: 'http://console.test' });
    expect(calls[0]?.headers.get('x-csrf-token')).toBeNull();
  });

  it('reports an ended session on a 401, but not a refused sign-in', async () => {
    let ended = 0;
    client.whenSessionEnds(() => ended++);
    answerStatus = 401;
    await client.api.POST('/v1/session', {
      baseUrl: 'http://console.test',
      body: { email: 'a@b.gov.br', password: 'x'.repeat(12) },
    });
    expect(ended).toBe(0);
    await client.api.GET('/v1/plan/dashboard', { baseUrl: 'http://console.test' });
    expect(ended).toBe(1);
    client.whenSessionEnds(undefined);
  });
});
