import type { Socket } from 'node:net';
import { encodeDocument } from './wire/bson-io';
import type { CommandDispatcher } from './commands/dispatcher';
import { isPlainObject, type Doc } from './storage/document';
import { OpCode, OpMsgFlag, ProtocolError } from './wire/constants';
import { readHeader } from './wire/header';
import { MessageReader } from './wire/message-reader';
import { encodeOpMsg, parseOpMsg } from './wire/op-msg';
import { encodeOpReply, OpReplyFlag, parseOpQuery } from './wire/op-query';

/**
 * One client socket: frames messages, runs each command to completion (the engine is
 * synchronous, so commands are atomic) and writes replies in order. Anything malformed
 * closes this socket only.
 */
export class Connection {
  private readonly reader = new MessageReader();
  private replies: Promise<void> | undefined;

  constructor(
    private readonly socket: Socket,
    readonly id: number,
    private readonly dispatcher: CommandDispatcher,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', () => socket.destroy());
    socket.on('close', () => dispatcher.connectionClosed(id));
  }

  close(): void {
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    try {
      const messages = this.reader.push(chunk);
      // Replies to requests that arrived together leave in one write (one syscall).
      const corked = messages.length > 1;
      if (corked) this.socket.cork();
      try {
        for (const message of messages) this.send(this.handle(message));
      } finally {
        if (corked) this.socket.uncork();
      }
    } catch {
      // ProtocolError or anything unexpected while framing: drop this client, keep serving others.
      this.socket.destroy();
    }
  }

  // Replies leave in request order; a write's reply may wait for the journal, and the replies
  // after it wait behind it. Commands still run as they arrive.
  private send(reply: Buffer | Promise<Buffer> | undefined): void {
    if (!this.replies && !(reply instanceof Promise)) {
      if (reply) this.socket.write(reply);
      return;
    }
    const chain = Promise.all([this.replies, reply]).then(([, buffer]) => {
      if (buffer && !this.socket.destroyed) this.socket.write(buffer);
    });
    this.replies = chain;
    void chain.finally(() => {
      if (this.replies === chain) this.replies = undefined;
    });
  }

  private handle(message: Buffer): Buffer | Promise<Buffer> | undefined {
    const header = readHeader(message);
    switch (header.opCode) {
      case OpCode.Msg: {
        const request = parseOpMsg(message);
        const reply = this.dispatcher.execute(request.body, 'admin', this.id);
        // moreToCome: the client does not wait for (or read) a reply.
        if (request.flags & OpMsgFlag.MoreToCome) return undefined;
        return reply instanceof Promise
          ? reply.then((body) => encodeOpMsg(request.requestId, body))
          : encodeOpMsg(request.requestId, reply);
      }
      case OpCode.Query:
        return this.handleQuery(message);
      default:
        throw new ProtocolError(`unsupported opCode ${header.opCode}`);
    }
  }

  private handleQuery(message: Buffer): Buffer | Promise<Buffer> {
    const request = parseOpQuery(message);
    const [dbName, collection] = splitNamespace(request.fullCollectionName);
    if (collection !== '$cmd') {
      const failure = encodeDocument({
        $err: 'OP_QUERY is only supported for commands',
        code: 5739101,
        ok: 0,
      });
      return encodeOpReply(request.requestId, failure, OpReplyFlag.QueryFailure);
    }
    // Legacy clients may wrap the command as { $query: {...}, $readPreference: ... }.
    const wrapped = request.query['$query'];
    const command: Doc = isPlainObject(wrapped) ? wrapped : request.query;
    const reply = this.dispatcher.execute(command, dbName, this.id);
    return reply instanceof Promise
      ? reply.then((body) => encodeOpReply(request.requestId, body))
      : encodeOpReply(request.requestId, reply);
  }
}

function splitNamespace(ns: string): [string, string] {
  const dot = ns.indexOf('.');
  return dot === -1 ? [ns, ''] : [ns.slice(0, dot), ns.slice(dot + 1)];
}
