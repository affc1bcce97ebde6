import { DomainError } from '@elo/contracts';
import { thrown } from '@elo/testing';
import { clientCredentials } from './client-credentials';

const basic = (value: string) => `Basic ${Buffer.from(value).toString('base64')}`;
const grant = { grant_type: 'client_credentials' };

function failure(fn: () => unknown): DomainError {
  const error = thrown(fn);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('clientCredentials', () => {
  it('reads client_id and client_secret from the body', () => {
    expect(clientCredentials({ ...grant, client_id: 'a', client_secret: 'b' }, undefined)).toEqual({
      clientId: 'a',
      clientSecret: 'b',
    });
  });

  it('reads HTTP Basic, form-decoding both parts', () => {
    expect(clientCredentials(grant, basic('elo_x%3Ay:s%2Bcret+x'))).toEqual({
      clientId: 'elo_x:y',
      clientSecret: 's+cret x',
    });
  });

  it('ignores an Authorization header of another scheme', () => {
    expect(clientCredentials({ ...grant, client_id: 'a', client_secret: 'b' }, 'Bearer abc')).toEqual({
      clientId: 'a',
      clientSecret: 'b',
    });
  });

  it('refuses both methods at once', () => {
    expect(failure(() => clientCredentials({ ...grant, client_id: 'a' }, basic('a:b'))).code).toBe(
      'COMMON.BAD_REQUEST',
    );
  });

  it('names the missing fields', () => {
    const error = failure(() => clientCredentials({ ...grant, client_id: 'a' }, undefined));
    expect(error.code).toBe('COMMON.VALIDATION');
    expect(error.errors).toEqual([{ field: 'client_secret', message: 'client_secret is required' }]);
  });

  it('rejects malformed Basic credentials as an invalid client', () => {
    expect(failure(() => clientCredentials(grant, basic('no-colon'))).code).toBe('AUTH.INVALID_CLIENT');
    expect(failure(() => clientCredentials(grant, basic(':secret'))).code).toBe('AUTH.INVALID_CLIENT');
    expect(failure(() => clientCredentials(grant, basic('id:%E0%A4%A'))).code).toBe('AUTH.INVALID_CLIENT');
  });
});
