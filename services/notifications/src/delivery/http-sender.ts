import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { guardedLookup, type GuardMode } from './url-guard';

export interface SendResult {
  /** Absent when no answer came (timeout, refused address, connection error). */
  status?: number;
  headers: IncomingHttpHeaders;
  /** The start of the answer (1 KiB), or what went wrong. */
  response: string;
  durationMs: number;
}

const MAX_BODY = 1024;
// An idle connection is closed before the usual 5 s servers keep one, so a reuse rarely races the
// server's own close (and a lost race is one failed attempt, retried on the schedule).
const IDLE_MS = 4_000;

/**
 * Connections kept alive between webhooks, pooled by origin (host and port; for https also the TLS
 * options): a new TCP and TLS handshake per webhook would cost more than the POST. The guard stays
 * whole: a socket is only ever opened through the guarded lookup, so a reused one is connected to an
 * address that was checked, and a timed-out or cut-short exchange destroys its socket. One pool per
 * guard mode, so a socket opened under development's looser rule never serves production's.
 */
const agents = new Map<string, HttpAgent>();
function agentFor(protocol: string, mode: GuardMode): HttpAgent {
  const key = `${protocol}${mode}`;
  let agent = agents.get(key);
  if (!agent) {
    const options = {
      keepAlive: true,
      timeout: IDLE_MS,
      scheduling: 'lifo' as const,
      lookup: guardedLookup(mode),
    };
    agent = protocol === 'https:' ? new HttpsAgent(options) : new HttpAgent(options);
    agents.set(key, agent);
  }
  return agent;
}

/**
 * One POST, nothing more: no redirect is followed (a 3xx is an answer like any other), the socket
 * connects only to addresses the guard allows, and the whole exchange ends at the timeout.
 */
export function send(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: { timeoutMs: number; mode: GuardMode },
): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    const target = new URL(url);
    const request = (target.protocol === 'https:' ? httpsRequest : httpRequest)(target, {
      method: 'POST',
      agent: agentFor(target.protocol, options.mode),
      lookup: guardedLookup(options.mode),
      headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    const timer = setTimeout(
      () => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)),
      options.timeoutMs,
    );
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        if (size < MAX_BODY) chunks.push(chunk);
        size += chunk.length;
        // Destroying the response destroys its socket: a half-read one never goes back to the pool.
        if (size >= MAX_BODY) response.destroy();
      });
      const done = () => {
        clearTimeout(timer);
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          response: Buffer.concat(chunks).subarray(0, MAX_BODY).toString('utf8'),
          durationMs: elapsed(),
        });
      };
      response.on('end', done);
      response.on('close', done);
    });
    request.on('error', (error) => {
      clearTimeout(timer);
      resolve({ headers: {}, response: String(error.message).slice(0, MAX_BODY), durationMs: elapsed() });
    });
    request.end(body);
  });
}
