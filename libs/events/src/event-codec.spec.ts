import { createCloudEvent } from '@elo/contracts';
import { decodeEvent, encodeEvent, HEADER_CE_TYPE, HEADER_MSG_ID } from './event-codec';

const snapshot = {
  id: 'i1',
  name: 'Polícia Federal',
  acronym: 'PF',
  kind: 'federal_body' as const,
  networks: [],
  version: 3,
};
const event = () =>
  createCloudEvent('institution.updated', 'i1', snapshot, { producer: 'directory', correlationId: 'c-1' });
const body = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('event codec (structured-mode CloudEvents)', () => {
  it('round-trips an event: the body is the whole event, headers repeat id and type', () => {
    const original = event();
    const { body: encoded, headers } = encodeEvent(original);
    expect(headers.get(HEADER_MSG_ID)).toBe(original.id);
    expect(headers.get(HEADER_CE_TYPE)).toBe('institution.updated');
    expect(headers.get('x-correlation-id')).toBe('c-1');
    expect(decodeEvent(encoded, 'institution.updated')).toEqual({ ok: true, event: original });
  });

  it('refuses a body that is not JSON, or not an object', () => {
    expect(decodeEvent(new TextEncoder().encode('{ nope'), 'institution.updated')).toMatchObject({
      ok: false,
      error: 'body is not JSON',
    });
    expect(decodeEvent(body([1, 2]), 'institution.updated')).toMatchObject({ ok: false });
  });

  it.each([
    ['specversion', { specversion: '0.3' }],
    ['a missing id', { id: undefined }],
    ['a missing time', { time: undefined }],
    ['a bad time', { time: 'yesterday' }],
    ['a missing correlationid', { correlationid: undefined }],
    ['a foreign source', { source: 'https://example.org' }],
    ['a bad extension name', { 'Bad-Ext': 'x' }],
  ])('refuses an envelope with %s', (_, change) => {
    const decoded = decodeEvent(body({ ...event(), ...change }), 'institution.updated');
    expect(decoded.ok).toBe(false);
  });

  it('refuses another type than the handler’s, and names the event', () => {
    const original = event();
    expect(decodeEvent(body(original), 'institution.created')).toMatchObject({
      ok: false,
      eventId: original.id,
      eventType: 'institution.updated',
      error: expect.stringMatching(/expected institution.created/),
    });
  });

  it('validates the payload against the catalog and says which field is wrong', () => {
    const decoded = decodeEvent(
      body({ ...event(), data: { ...snapshot, version: -1 } }),
      'institution.updated',
    );
    expect(decoded).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid data: version/) });
    const nullUf = decodeEvent(body({ ...event(), data: { ...snapshot, uf: null } }), 'institution.updated');
    expect(nullUf.ok).toBe(false);
  });

  it('drops payload fields the schema does not know', () => {
    const decoded = decodeEvent(
      body({ ...event(), data: { ...snapshot, extra: true } }),
      'institution.updated',
    );
    expect(decoded.ok && decoded.event.data).toEqual(snapshot);
  });
});
