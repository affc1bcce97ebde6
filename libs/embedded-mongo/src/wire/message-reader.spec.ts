import { ProtocolError } from './constants';
import { MessageReader } from './message-reader';

function message(length: number, fill: number): Buffer {
  const out = Buffer.alloc(length, fill);
  out.writeInt32LE(length, 0);
  return out;
}

describe('MessageReader', () => {
  it('reassembles a message split across chunks', () => {
    const reader = new MessageReader();
    const whole = message(40, 7);
    expect(reader.push(whole.subarray(0, 3))).toEqual([]);
    expect(reader.push(whole.subarray(3, 25))).toEqual([]);
    expect(reader.push(whole.subarray(25))).toEqual([whole]);
  });

  it('cuts several messages out of one chunk, keeping the remainder', () => {
    const reader = new MessageReader();
    const [a, b, c] = [message(20, 1), message(30, 2), message(24, 3)];
    const out = reader.push(Buffer.concat([a, b, c.subarray(0, 10)]));
    expect(out).toEqual([a, b]);
    expect(reader.push(c.subarray(10))).toEqual([c]);
  });

  it('rejects impossible lengths', () => {
    expect(() => new MessageReader().push(message(16, 0).fill(0xff, 0, 4))).toThrow(ProtocolError);
    const tiny = Buffer.alloc(8);
    tiny.writeInt32LE(8, 0);
    expect(() => new MessageReader().push(tiny)).toThrow(ProtocolError);
  });

  it('hands over each message in its own memory, not as a view of the socket chunk', () => {
    const reader = new MessageReader();
    const [a, b] = [message(20, 1), message(30, 2)];
    const chunk = Buffer.concat([a, b, Buffer.alloc(64 * 1024)]).subarray(0, 50);
    const out = reader.push(chunk);
    expect(out).toEqual([a, b]);
    // Values parsed from a message (bson Binary) are views into it and may be stored for good.
    for (const m of out) expect(m.buffer.byteLength).toBe(m.length);
  });
});
