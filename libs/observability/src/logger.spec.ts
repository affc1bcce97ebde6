import { Writable } from 'node:stream';
import { createLogger } from './logger';
import { runWithContext, sanitizeCorrelationId } from './request-context';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, logger: createLogger('test', 'info', stream) };
}

describe('logger', () => {
  it('redacts secrets wherever they travel', () => {
    const { lines, logger } = capture();
    logger.info({
      clientSecret: 's3cr3t-1',
      body: { client_secret: 's3cr3t-2' },
      headers: { authorization: 'Bearer tok' },
    });
    logger.info({ access_token: 'tok-3', nested: { token: 'tok-4' } });
    const out = lines.join('');
    for (const secret of ['s3cr3t-1', 's3cr3t-2', 'Bearer tok', 'tok-3', 'tok-4'])
      expect(out).not.toContain(secret);
    expect(out).toContain('[redacted]');
  });

  it('stamps the correlation id of the current request', () => {
    const { lines, logger } = capture();
    runWithContext({ correlationId: 'corr-7' }, () => logger.info('inside'));
    logger.info('outside');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      correlationId: 'corr-7',
      service: 'test',
      msg: 'inside',
    });
    expect(JSON.parse(lines[1] ?? '{}')).not.toHaveProperty('correlationId');
  });
});

describe('sanitizeCorrelationId', () => {
  it('keeps a safe client id and replaces anything else', () => {
    expect(sanitizeCorrelationId('abc-123_x.y:z')).toBe('abc-123_x.y:z');
    expect(sanitizeCorrelationId('bad id\nwith newline')).toMatch(/^[0-9a-f-]{36}$/);
    expect(sanitizeCorrelationId('x'.repeat(129))).toMatch(/^[0-9a-f-]{36}$/);
    expect(sanitizeCorrelationId(undefined)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
