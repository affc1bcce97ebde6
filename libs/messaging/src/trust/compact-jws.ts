import { type KeyObject, sign, verify } from 'node:crypto';

// Caller assertions are compact JWS with one algorithm and one type, made and checked on every RPC.
// node:crypto's one-shot Ed25519 calls are synchronous and cost a fraction of WebCrypto's job queue,
// which jose must use (test/bench/gateway.bench.ts); jose still checks what this writes in the specs.

export const ALGORITHM = 'EdDSA';
export const TYPE = 'elo-caller+jwt';

const SEGMENT = /^[A-Za-z0-9_-]+$/;
/** An Ed25519 signature is 64 bytes: 86 base64url characters without padding. */
const SIGNATURE_LENGTH = 86;

export const base64urlJson = (json: object): string =>
  Buffer.from(JSON.stringify(json)).toString('base64url');

export function signCompact(header: string, claims: object, key: KeyObject): string {
  const input = `${header}.${base64urlJson(claims)}`;
  return `${input}.${sign(null, Buffer.from(input), key).toString('base64url')}`;
}

export interface CompactParts {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  signingInput: string;
  signature: Buffer;
}

function decodeJsonObject(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The three segments decoded, or undefined when the token is not a well-formed compact JWS. */
export function decodeCompact(token: string): CompactParts | undefined {
  const segments = token.split('.');
  if (segments.length !== 3) return undefined;
  const [h = '', p = '', s = ''] = segments;
  if (!SEGMENT.test(h) || !SEGMENT.test(p) || s.length !== SIGNATURE_LENGTH || !SEGMENT.test(s))
    return undefined;
  const header = decodeJsonObject(h);
  const payload = decodeJsonObject(p);
  if (!header || !payload) return undefined;
  return { header, payload, signingInput: `${h}.${p}`, signature: Buffer.from(s, 'base64url') };
}

/** The header this project writes: EdDSA, its type, no critical extensions, a string kid. */
export function isAssertionHeader(header: Record<string, unknown>): header is { kid: string } {
  return (
    header['alg'] === ALGORITHM &&
    header['typ'] === TYPE &&
    header['crit'] === undefined &&
    typeof header['kid'] === 'string'
  );
}

export function verifySignature(parts: CompactParts, key: KeyObject): boolean {
  return verify(null, Buffer.from(parts.signingInput), key, parts.signature);
}
