import { Parser, type Diagnostic } from '@asyncapi/parser';

// @stoplight severities: 0 is an error (1 warning, 2 information, 3 hint).
const isError = (d: Diagnostic) => Number(d.severity) === 0;
import { EVENT_CATALOG, EVENT_TYPES } from '@elo/contracts';
import { buildAsyncApi } from './asyncapi';

describe('AsyncAPI document', () => {
  const document = buildAsyncApi();

  it('validates with the official @asyncapi/parser, without errors', async () => {
    const diagnostics = await new Parser().validate(JSON.stringify(document));
    const errors = diagnostics.filter((d) => isError(d));
    expect(errors.map((e) => `${e.path.join('.')}: ${e.message}`)).toEqual([]);
  });

  it('parses into a model with a channel, message and payload per event type, and who sends and receives it', async () => {
    const { document: parsed, diagnostics } = await new Parser().parse(JSON.stringify(document));
    expect(diagnostics.filter((d) => isError(d))).toEqual([]);
    expect(parsed).toBeDefined();
    expect(
      parsed!
        .channels()
        .all()
        .map((c) => c.address())
        .sort(),
    ).toEqual(EVENT_TYPES.map((type) => EVENT_CATALOG[type].subject).sort());
    for (const type of EVENT_TYPES) {
      const def = EVENT_CATALOG[type];
      const channel = parsed!.channels().get(type)!;
      const payload = channel.messages().get(type)!.payload()!;
      expect(payload.properties()?.['data']).toBeDefined();
      expect(payload.required()).toEqual(
        expect.arrayContaining([
          'specversion',
          'id',
          'source',
          'type',
          'data',
          'correlationid',
          'causationid',
        ]),
      );
      const ops = channel.operations().all();
      expect(ops.filter((o) => o.isSend()).map((o) => o.id())).toEqual([`${def.producer}.send.${type}`]);
      expect(
        ops
          .filter((o) => o.isReceive())
          .map((o) => o.id())
          .sort(),
      ).toEqual(def.consumers.map((c) => `${c}.receive.${type}`).sort());
    }
  });

  it('fails validation when the document is broken, so the check above can fail', async () => {
    const broken = { ...document, channels: { bad: { address: 1 } } };
    const diagnostics = await new Parser().validate(JSON.stringify(broken));
    expect(diagnostics.some((d) => isError(d))).toBe(true);
  });
});
