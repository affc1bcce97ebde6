import type { OpenAPIObject } from '@nestjs/swagger';
import { documentRoles } from './openapi-roles';

const doc = (paths: Record<string, unknown>) =>
  ({ openapi: '3.0.0', info: { title: 't', version: '1' }, paths }) as unknown as OpenAPIObject;

describe('documentRoles', () => {
  it('states the roles, requires the bearer scheme and documents 401/403 of protected operations', () => {
    const out = documentRoles(
      doc({
        '/x': { get: { description: 'Reads x.', 'x-roles': ['admin', 'viewer'], responses: { 200: {} } } },
      }),
    );
    const op = out.paths['/x']?.get;
    expect(op?.description).toBe('**Roles:** admin, viewer.\n\nReads x.');
    expect(op?.security).toEqual([{ bearer: [] }, { session: [] }]);
    expect(Object.keys(op?.responses ?? {}).sort()).toEqual(['200', '401', '403', '429']);
    expect(JSON.stringify(op?.responses['403'])).toContain('admin, viewer');
  });

  it('keeps a 401/403 the operation documented itself', () => {
    const own = { description: 'own 403' };
    const out = documentRoles(doc({ '/x': { post: { 'x-roles': ['admin'], responses: { 403: own } } } }));
    expect(out.paths['/x']?.post?.responses['403']).toBe(own);
    expect(out.paths['/x']?.post?.description).toBe('**Roles:** admin.');
  });

  it('marks public operations and strips any security requirement from them', () => {
    const out = documentRoles(doc({ '/p': { get: { security: [{ bearer: [] }], responses: {} } } }));
    expect(out.paths['/p']?.get?.security).toBeUndefined();
    expect(out.paths['/p']?.get?.description).toBe('**Public:** no token needed.');
  });
});
