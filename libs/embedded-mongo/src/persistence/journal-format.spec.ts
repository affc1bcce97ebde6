import { randomBytes, randomInt } from 'node:crypto';
import { CorruptDataError, encodeRecord, FILE_MAGIC, parseJournal } from './journal-format';

function journal(count: number): { bytes: Buffer; ends: number[]; payloads: Buffer[] } {
  const payloads = Array.from({ length: count }, () => randomBytes(randomInt(1, 300)));
  const records = payloads.map((payload, i) => encodeRecord(i + 1, payload));
  const ends: number[] = [];
  let end = FILE_MAGIC.length;
  for (const record of records) ends.push((end += record.length));
  return { bytes: Buffer.concat([FILE_MAGIC, ...records]), ends, payloads };
}

describe('journal records', () => {
  it('keeps exactly the whole records when the last file is cut at any byte', () => {
    const { bytes, ends, payloads } = journal(40);
    const cuts = [
      0,
      1,
      FILE_MAGIC.length,
      bytes.length,
      ...Array.from({ length: 300 }, () => randomInt(bytes.length)),
    ];
    for (const cut of cuts) {
      const parsed = parseJournal(bytes.subarray(0, cut), 'journal', true);
      const whole = ends.filter((end) => end <= cut).length;
      expect(parsed.records.map((record) => record.seq)).toEqual(
        payloads.slice(0, whole).map((_, i) => i + 1),
      );
      expect(parsed.records.every((record, i) => record.payload.equals(payloads[i]))).toBe(true);
      const validEnd = whole > 0 ? ends[whole - 1] : cut < FILE_MAGIC.length ? 0 : FILE_MAGIC.length;
      expect(parsed.validEnd).toBe(validEnd);
      expect(parsed.torn).toBe(cut !== validEnd);
    }
  });

  it('drops a last record whose checksum fails, as a torn write', () => {
    const { bytes, ends } = journal(5);
    const damaged = Buffer.from(bytes);
    damaged[ends[3] + 25] ^= 0xff; // inside the payload of the fifth (last) record
    const parsed = parseJournal(damaged, 'journal', true);
    expect(parsed.records).toHaveLength(4);
    expect(parsed).toMatchObject({ validEnd: ends[3], torn: true });
  });

  it('refuses damage followed by valid records, naming the file and the byte', () => {
    const { bytes, ends } = journal(5);
    const damaged = Buffer.from(bytes);
    damaged[ends[1] + 22] ^= 0x01; // third record's payload
    expect(() => parseJournal(damaged, 'embedded-mongo.journal.000003', true)).toThrow(CorruptDataError);
    expect(() => parseJournal(damaged, 'embedded-mongo.journal.000003', true)).toThrow(
      `embedded-mongo.journal.000003 is damaged at byte ${ends[1]} (checksum mismatch), with valid records after it`,
    );
  });

  it('refuses a torn tail in a journal file that is not the last one', () => {
    const { bytes, ends } = journal(3);
    expect(() => parseJournal(bytes.subarray(0, ends[2] - 1), 'old', false)).toThrow(
      /not the last journal file/,
    );
    expect(parseJournal(bytes, 'old', false).records).toHaveLength(3);
  });

  it('treats a last file whose header never reached the disk as empty, and refuses a foreign file', () => {
    expect(parseJournal(Buffer.alloc(8), 'journal', true)).toEqual({ records: [], validEnd: 0, torn: true });
    expect(parseJournal(FILE_MAGIC.subarray(0, 3), 'journal', true).records).toEqual([]);
    expect(() => parseJournal(Buffer.from('not a journal at all'), 'journal', true)).toThrow(
      /bad file header/,
    );
  });
});
