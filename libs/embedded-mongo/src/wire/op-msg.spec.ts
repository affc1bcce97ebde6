import { deserialize, serialize } from 'bson';
import { OpCode, OpMsgFlag, ProtocolError } from './constants';
import { encodeOpMsg, parseOpMsg } from './op-msg';

function build(flags: number, sections: Buffer[], checksum = false): Buffer {
  const body = Buffer.concat([Buffer.alloc(4), ...sections, checksum ? Buffer.alloc(4) : Buffer.alloc(0)]);
  body.writeUInt32LE(flags, 0);
  const header = Buffer.alloc(16);
  header.writeInt32LE(16 + body.length, 0);
  header.writeInt32LE(42, 4);
  header.writeInt32LE(OpCode.Msg, 12);
  return Buffer.concat([header, body]);
}

const kind0 = (doc: object) => Buffer.concat([Buffer.from([0]), Buffer.from(serialize(doc))]);
function kind1(identifier: string, docs: object[]): Buffer {
  const payload = Buffer.concat([
    Buffer.from(`${identifier}\0`),
    ...docs.map((doc) => Buffer.from(serialize(doc))),
  ]);
  const size = Buffer.alloc(4);
  size.writeInt32LE(payload.length + 4);
  return Buffer.concat([Buffer.from([1]), size, payload]);
}

describe('OP_MSG', () => {
  it('merges document sequences into the body', () => {
    const parsed = parseOpMsg(
      build(0, [kind0({ insert: 'c', $db: 'd' }), kind1('documents', [{ a: 1 }, { a: 2 }])]),
    );
    expect(parsed).toEqual({
      requestId: 42,
      flags: 0,
      body: { insert: 'c', $db: 'd', documents: [{ a: 1 }, { a: 2 }] },
    });
  });

  it('skips a trailing checksum and reports moreToCome', () => {
    const flags = OpMsgFlag.ChecksumPresent | OpMsgFlag.MoreToCome;
    const parsed = parseOpMsg(build(flags, [kind0({ ping: 1 })], true));
    expect(parsed.body).toEqual({ ping: 1 });
    expect(parsed.flags & OpMsgFlag.MoreToCome).toBeTruthy();
  });

  it('rejects unknown section kinds, unknown required flags and missing bodies', () => {
    expect(() => parseOpMsg(build(0, [kind0({ ping: 1 }), Buffer.from([2, 0, 0, 0, 0])]))).toThrow(
      ProtocolError,
    );
    expect(() => parseOpMsg(build(1 << 5, [kind0({ ping: 1 })]))).toThrow(ProtocolError);
    expect(() => parseOpMsg(build(0, [kind1('documents', [{ a: 1 }])]))).toThrow(ProtocolError);
    const truncated = build(0, [kind0({ ping: 1 })]);
    truncated.writeInt32LE(500, 21);
    expect(() => parseOpMsg(truncated)).toThrow(ProtocolError);
  });

  it('encodes a reply that answers the request id', () => {
    const reply = encodeOpMsg(42, Buffer.from(serialize({ ok: 1 })));
    expect(reply.readInt32LE(0)).toBe(reply.length);
    expect(reply.readInt32LE(8)).toBe(42);
    expect(reply.readInt32LE(12)).toBe(OpCode.Msg);
    expect(deserialize(reply.subarray(21))).toEqual({ ok: 1 });
  });
});
