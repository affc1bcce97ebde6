import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Received {
  path: string;
  webhookId: string;
  body: { type: string; data: Record<string, unknown> };
  raw: string;
  /** Which of the receiver's known secrets verified the request (by index). */
  verifiedBy: number[];
}

type Answer = (req: Received, res: ServerResponse) => void;

/**
 * A real local webhook receiver: every request is verified with `standardwebhooks` against the
 * secrets it knows; an unverifiable request fails the test through `unverified`.
 */
export class Receiver {
  readonly received: Received[] = [];
  readonly unverified: string[] = [];
  readonly secrets: string[] = [];
  private answers = new Map<string, Answer>();
  private server: Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  answer(path: string, answer: Answer): void {
    this.answers.set(path, answer);
  }

  on(path: string): Received[] {
    return this.received.filter((r) => r.path === path);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : (v ?? '')]),
      );
      const verifiedBy = this.secrets
        .map((secret, i) => {
          try {
            new Webhook(secret).verify(raw, headers);
            return i;
          } catch {
            return -1;
          }
        })
        .filter((i) => i >= 0);
      if (!verifiedBy.length) this.unverified.push(raw);
      const received: Received = {
        path: req.url ?? '/',
        webhookId: headers['webhook-id'] ?? '',
        body: JSON.parse(raw) as Received['body'],
        raw,
        verifiedBy,
      };
      this.received.push(received);
      const answer = this.answers.get(received.path);
      if (answer) answer(received, res);
      else res.writeHead(204).end();
    });
  }
}
