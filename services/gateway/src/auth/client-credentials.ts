import { DomainError, type FieldError } from '@elo/contracts';
import type { TokenRequest } from './token.dto';

export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
}

const BASIC = /^Basic ([A-Za-z0-9+/]+={0,2})$/i;

function formDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** RFC 6749 §2.3.1: HTTP Basic with form-encoded id and secret. Undefined when not Basic. */
function fromBasic(authorization: string | undefined): ClientCredentials | undefined {
  const match = BASIC.exec(authorization ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const clientId = colon > 0 ? formDecode(decoded.slice(0, colon)) : undefined;
  const clientSecret = colon > 0 ? formDecode(decoded.slice(colon + 1)) : undefined;
  if (!clientId || !clientSecret) {
    throw new DomainError('AUTH.INVALID_CLIENT', 'The Basic credentials are not `client_id:client_secret`.');
  }
  return { clientId, clientSecret };
}

/** The client's credentials from the body or from HTTP Basic, never both (RFC 6749 §2.3). */
export function clientCredentials(body: TokenRequest, authorization: string | undefined): ClientCredentials {
  const basic = fromBasic(authorization);
  const inBody = body.client_id !== undefined || body.client_secret !== undefined;
  if (basic && inBody) {
    throw new DomainError(
      'COMMON.BAD_REQUEST',
      'Send the client credentials either in the body or with HTTP Basic, not both.',
    );
  }
  if (basic) return basic;
  const errors: FieldError[] = [];
  if (!body.client_id) errors.push({ field: 'client_id', message: 'client_id is required' });
  if (!body.client_secret) errors.push({ field: 'client_secret', message: 'client_secret is required' });
  if (!body.client_id || !body.client_secret) {
    throw new DomainError('COMMON.VALIDATION', `Missing ${errors.map((e) => e.field).join(', ')}.`, errors);
  }
  return { clientId: body.client_id, clientSecret: body.client_secret };
}
