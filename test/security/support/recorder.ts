import { request as httpRequest } from 'node:http';
import type { ApiClient, ApiResponse } from '@elo/testing';

// Every request the suite sends goes through one recorder, which keeps what no response may ever show:
// a 5xx, an error that is not problem+json, or an internal detail (stack frames, exception names, file
// paths, database or bus internals). A detail the request itself carried is an echo, not a leak.

const LEAKS: Array<[string, RegExp]> = [
  ['stack frame', /\bat [\w$.<>]+ \(|\n\s+at /],
  ['exception name', /\b(?:Type|Reference|Syntax|Range|Mongo\w*|Cast|Validation|Nats|JetStream\w*)Error\b/],
  ['"Error:" prefix', /\bError:/],
  ['file path', /(?:\/(?:work|home|usr|app|srv|opt|tmp)\/[\w.-]+\/)|node_modules|\.(?:ts|js|mjs):\d+/],
  ['database internals', /mongoose|mongodb|E11000|\bBSON|ObjectId\(|Cast to \w+ failed|buffering timed out/i],
  ['bus internals', /\$JS\.|_INBOX\.|\bnats\b|\bjetstream\b/i],
  ['fastify internals', /FST_ERR_\w+/],
];
const SERVICE_SUBJECT =
  /\b(?:directory|plan-tracking|training|partnerships|referrals|notifications|gateway)\.[a-z-]+\.[a-z-]+\b/;

export interface SentRequest {
  method: string;
  path: string;
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
}

export interface Finding {
  request: string;
  status: number;
  problem: string;
}

/** Why a response is a defect, or undefined; `echo` is everything the request carried. */
export function inspect(res: ApiResponse<unknown>, echo: string): string | undefined {
  if (res.status >= 500) return `answered ${res.status}`;
  if (res.status < 400) return undefined;
  const type = res.headers.get('content-type') ?? '';
  const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
  if (!type.startsWith('application/problem+json'))
    return `error as "${type}", not problem+json: ${text.slice(0, 200)}`;
  for (const [name, pattern] of [...LEAKS, ['bus subject', SERVICE_SUBJECT] as [string, RegExp]]) {
    const match = pattern.exec(text);
    if (match && !echo.includes(match[0])) return `leaks ${name}: "${match[0]}" in ${text.slice(0, 300)}`;
  }
  return undefined;
}

export interface Recorder {
  send<T = unknown>(request: SentRequest & { token?: string }): Promise<ApiResponse<T>>;
  readonly findings: Finding[];
  readonly count: number;
}

/** Sends raw bodies (with `raw`) or JSON ones, and records every defect seen. */
export function recorder(baseUrl: string, api: ApiClient): Recorder {
  const findings: Finding[] = [];
  let count = 0;
  return {
    findings,
    get count() {
      return count;
    },
    async send<T>({ method, path, body, raw, headers = {}, token }: SentRequest & { token?: string }) {
      count++;
      let res: ApiResponse<T>;
      if (raw === undefined) {
        res = await api.request<T>(method, path, { body, headers, ...(token ? { token } : {}) });
      } else {
        res = await rawRequestRetried<T>(baseUrl, method, path, raw, {
          ...headers,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        });
      }
      const echo = `${path} ${raw ?? JSON.stringify(body ?? '')}`;
      const problem = inspect(res, echo);
      if (problem)
        findings.push({
          request: `${method} ${path} ${echo.slice(path.length, 200)}`,
          status: res.status,
          problem,
        });
      return res;
    },
  };
}

const BROKEN_WRITE = new Set(['EPIPE', 'ECONNRESET']);

/**
 * A gateway refusing an oversized body closes the connection while the body is still being sent; when
 * the broken write reaches the client before the answer does, the answer is lost (TCP discards what a
 * reset overtakes). The request changed nothing, so it is sent again, at most three times in all.
 */
async function rawRequestRetried<T>(...args: Parameters<typeof rawRequest>): Promise<ApiResponse<T>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await rawRequest<T>(...args);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= 3 || typeof code !== 'string' || !BROKEN_WRITE.has(code)) throw error;
    }
  }
}

/**
 * A request with a body as given, through node:http rather than fetch: the gateway may answer an
 * oversized body (413) and close before reading it, and then the answer counts, not the broken write
 * that fetch would report instead.
 */
function rawRequest<T>(
  baseUrl: string,
  method: string,
  path: string,
  body: string,
  headers: Record<string, string>,
): Promise<ApiResponse<T>> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = httpRequest(
      new URL(baseUrl + path),
      {
        method,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...headers,
        },
        timeout: 30_000,
      },
      (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            if (value !== undefined)
              responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
          }
          const json = /json/.test(responseHeaders.get('content-type') ?? '') && text;
          resolve({
            status: res.statusCode ?? 0,
            headers: responseHeaders,
            body: (json ? safeJson(text) : text) as T,
          });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${method} ${path} timed out`)));
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    req.end(body);
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
