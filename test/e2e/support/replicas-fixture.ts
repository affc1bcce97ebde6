import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { streamName, type EventType, type ServiceName } from '@elo/contracts';

export interface Delivery {
  path: string;
  webhookId: string;
  body: { type: string; data: Record<string, unknown> };
}

/** A loopback webhook receiver that answers 204 to everything and keeps every request it got. */
export class WebhookReceiver {
  readonly received: Delivery[] = [];
  private server: Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const header = req.headers['webhook-id'];
        this.received.push({
          path: req.url ?? '/',
          webhookId: typeof header === 'string' ? header : '',
          body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Delivery['body'],
        });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
    return this;
  }

  /** Deliveries on one path whose data matches every given field. */
  matching(path: string, type: string, data: Record<string, unknown>): Delivery[] {
    return this.received.filter(
      (d) =>
        d.path === path &&
        d.body.type === type &&
        Object.entries(data).every(([key, value]) => d.body.data[key] === value),
    );
  }

  /** Webhook ids delivered more than once on the same path (a retry after a 204 would be one). */
  repeated(): string[] {
    const seen = new Set<string>();
    const twice = new Set<string>();
    for (const d of this.received) {
      const key = `${d.path} ${d.webhookId}`;
      if (seen.has(key)) twice.add(key);
      seen.add(key);
    }
    return [...twice];
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

export interface StoredEvent {
  id: string;
  type: string;
  data: Record<string, unknown>;
}

/**
 * What was published to a producer's stream, whichever replica relayed it. `nc` must be connected as
 * the producer (its grant reads its own stream, message by message); each call reads only what is new.
 */
export class StreamReader {
  private readonly events: StoredEvent[] = [];
  private next = 1;

  constructor(
    private readonly nc: NatsConnection,
    private readonly producer: ServiceName,
  ) {}

  async ofType(type: EventType): Promise<StoredEvent[]> {
    const jsm = await jetstreamManager(this.nc);
    const stream = streamName(this.producer);
    const { state } = await jsm.streams.info(stream);
    for (; this.next <= state.last_seq; this.next++) {
      const msg = await jsm.streams.getMessage(stream, { seq: this.next });
      if (msg) this.events.push(msg.json<StoredEvent>());
    }
    return this.events.filter((e) => e.type === type);
  }
}

/** Lines of a replica's output that carry every given fragment. */
export function linesWith(output: string, ...fragments: string[]): string[] {
  return output.split('\n').filter((line) => fragments.every((f) => line.includes(f)));
}

/** The sum of a Prometheus counter's samples whose labels include every given one. */
export async function counterSum(
  baseUrl: string,
  name: string,
  labels: Record<string, string>,
): Promise<number> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) && wanted.every((w) => line.includes(w)))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}
