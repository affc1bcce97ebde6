import { connect, type Socket } from 'node:net';
import { deserialize, serialize } from 'bson';
import type { Doc } from '../storage/document';
import { OpCode } from '../wire/constants';
import { MessageReader } from '../wire/message-reader';

export interface WireReply {
  responseTo: number;
  opCode: number;
  /** OP_REPLY responseFlags or OP_MSG flagBits. */
  flags: number;
  doc: Doc;
}

/** A bare wire-protocol client, for what drivers never send (malformed bytes, legacy ops). */
export class WireClient {
  private readonly reader = new MessageReader();
  private readonly replies: WireReply[] = [];
  private waiters: Array<() => void> = [];
  private nextId = 1;
  closed = false;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      for (const message of this.reader.push(chunk)) this.replies.push(parseReply(message));
      this.wake();
    });
    socket.on('close', () => {
      this.closed = true;
      this.wake();
    });
    socket.on('error', () => undefined);
  }

  static open(uri: string): Promise<WireClient> {
    const { hostname, port } = new URL(uri);
    return new Promise((resolve, reject) => {
      const socket = connect(Number(port), hostname.replace(/^\[|\]$/g, ''), () =>
        resolve(new WireClient(socket)),
      );
      socket.once('error', reject);
    });
  }

  /** Sends an OP_MSG; `sequences` become kind-1 sections. Returns the request id. */
  sendMsg(body: Doc, options: { flags?: number; sequences?: Record<string, Doc[]> } = {}): number {
    const { id, bytes } = this.msgBytes(body, options);
    this.socket.write(bytes);
    return id;
  }

  /** Several OP_MSGs in one TCP write, as a pipelining client sends them. Returns their ids. */
  sendMsgs(bodies: Doc[]): number[] {
    const messages = bodies.map((body) => this.msgBytes(body));
    this.socket.write(Buffer.concat(messages.map((message) => message.bytes)));
    return messages.map((message) => message.id);
  }

  private msgBytes(
    body: Doc,
    options: { flags?: number; sequences?: Record<string, Doc[]> } = {},
  ): { id: number; bytes: Buffer } {
    const sections: Buffer[] = [Buffer.from([0]), Buffer.from(serialize(body))];
    for (const [identifier, docs] of Object.entries(options.sequences ?? {})) {
      const payload = Buffer.concat([
        Buffer.from(`${identifier}\0`),
        ...docs.map((doc) => Buffer.from(serialize(doc))),
      ]);
      const size = Buffer.alloc(4);
      size.writeInt32LE(payload.length + 4);
      sections.push(Buffer.from([1]), size, payload);
    }
    const flags = Buffer.alloc(4);
    flags.writeUInt32LE(options.flags ?? 0);
    return this.frame(OpCode.Msg, Buffer.concat([flags, ...sections]));
  }

  sendQuery(namespace: string, query: Doc): number {
    const head = Buffer.alloc(4);
    const counts = Buffer.alloc(8);
    counts.writeInt32LE(-1, 4);
    return this.sendRaw(
      OpCode.Query,
      Buffer.concat([head, Buffer.from(`${namespace}\0`), counts, Buffer.from(serialize(query))]),
    );
  }

  sendRaw(opCode: number, payload: Buffer): number {
    const { id, bytes } = this.frame(opCode, payload);
    this.socket.write(bytes);
    return id;
  }

  private frame(opCode: number, payload: Buffer): { id: number; bytes: Buffer } {
    const id = this.nextId++;
    const header = Buffer.alloc(16);
    header.writeInt32LE(16 + payload.length, 0);
    header.writeInt32LE(id, 4);
    header.writeInt32LE(opCode, 12);
    return { id, bytes: Buffer.concat([header, payload]) };
  }

  writeBytes(bytes: Buffer): void {
    this.socket.write(bytes);
  }

  async nextReply(timeoutMs = 5000): Promise<WireReply> {
    const deadline = Date.now() + timeoutMs;
    while (this.replies.length === 0) {
      if (this.closed) throw new Error('connection closed');
      if (Date.now() > deadline) throw new Error('no reply');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(1, deadline - Date.now()));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.replies.shift() as WireReply;
  }

  /** Resolves once the server has closed the socket. */
  async closedByServer(timeoutMs = 5000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(1, deadline - Date.now()));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.closed;
  }

  close(): void {
    this.socket.destroy();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

// Longs stay Long so tests can check that cursor ids really are int64.
const REPLY_OPTIONS = { allowObjectSmallerThanBufferSize: true, promoteLongs: false } as const;

function parseReply(message: Buffer): WireReply {
  const responseTo = message.readInt32LE(8);
  const opCode = message.readInt32LE(12);
  if (opCode === OpCode.Reply) {
    return {
      responseTo,
      opCode,
      flags: message.readInt32LE(16),
      doc: deserialize(message.subarray(36), REPLY_OPTIONS),
    };
  }
  return {
    responseTo,
    opCode,
    flags: message.readUInt32LE(16),
    doc: deserialize(message.subarray(21), REPLY_OPTIONS),
  };
}
