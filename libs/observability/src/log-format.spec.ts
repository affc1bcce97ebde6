import { Writable } from 'node:stream';
import { chooseLogFormat, formatRecord } from './log-format';
import { PinoNestLogger, createLogger } from './logger';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, stream };
}

describe('chooseLogFormat', () => {
  it.each([
    [{ isTTY: true }, 'pretty'],
    [{ isTTY: true, nodeEnv: 'development' }, 'pretty'],
    [{ isTTY: true, nodeEnv: 'test' }, 'pretty'],
    [{ isTTY: false, nodeEnv: 'development' }, 'json'],
    [{ isTTY: false }, 'json'],
    [{ isTTY: true, nodeEnv: 'production' }, 'json'],
    [{ isTTY: false, nodeEnv: 'production' }, 'json'],
    [{ isTTY: true, override: 'json' }, 'json'],
    [{ isTTY: false, override: 'pretty' }, 'pretty'],
    [{ isTTY: true, nodeEnv: 'production', override: 'pretty' }, 'pretty'],
  ] as const)('%j gives %s', (inputs, expected) => {
    expect(chooseLogFormat(inputs)).toBe(expected);
  });
});

describe('pretty records', () => {
  it('are one short line: time, level, service, context, message, other fields', () => {
    const line = JSON.stringify({
      level: 30,
      time: '2026-12-03T08:01:02.345Z',
      service: 'directory',
      context: 'InstitutionSeeder',
      msg: 'institutions seeded',
      count: 12,
      correlationId: '0123456789abcdef',
    });
    expect(formatRecord(line, false)).toBe(
      '08:01:02.345 INFO  directory     [InstitutionSeeder] institutions seeded  count=12 corr=01234567\n',
    );
  });

  it('print an error stack below the line and pass non-JSON through', () => {
    const line = JSON.stringify({
      level: 50,
      time: '2026-12-03T08:01:02.345Z',
      service: 'gateway',
      msg: 'failed',
      err: { stack: 'Error: x\n    at y' },
    });
    expect(formatRecord(line, false)).toBe(
      '08:01:02.345 ERROR gateway       failed\n    Error: x\n        at y\n',
    );
    expect(formatRecord('not json', false)).toBe('not json\n');
  });

  it('still redact secrets, and color only when asked', () => {
    const { lines, stream } = capture();
    const logger = createLogger('test', 'info', stream, 'pretty');
    logger.info({ clientSecret: 's3cr3t', body: { token: 'tok' } }, 'hello');
    expect(lines.join('')).toMatch(
      /INFO {2}test +hello {2}clientSecret=\[redacted\] body={"token":"\[redacted\]"}\n$/,
    );
    expect(lines.join('')).not.toContain('\u001b[');
    expect(formatRecord(JSON.stringify({ level: 40, msg: 'm' }), true)).toContain('\u001b[33mWARN');
  });
});

describe('createLogger given a destination', () => {
  it('writes JSON unless told otherwise', () => {
    const { lines, stream } = capture();
    createLogger('test', 'info', stream).info('hello');
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ service: 'test', msg: 'hello' });
  });
});

describe('Nest boot narration', () => {
  it('is debug, while other framework logs keep their level', () => {
    const { lines, stream } = capture();
    const nest = new PinoNestLogger(createLogger('test', 'debug', stream));
    nest.log('Mapped {/v1/institutions, GET} route', 'RouterExplorer');
    nest.log('event backbone started', 'EventBackbone');
    expect(lines.map((l) => (JSON.parse(l) as { level: number }).level)).toEqual([20, 30]);
  });
});
