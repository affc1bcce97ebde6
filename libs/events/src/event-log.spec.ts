import { errorFields, logEntry } from './event-log';
import { PermanentEventError } from './permanent-event-error';
import { captureLogs } from './test-fixtures/harness';

describe('backbone log entries', () => {
  const fields = { handler: 'h', eventId: 'e1', eventType: 'institution.created', deliveryCount: 3 };

  it('reach pino as fields at warn level', () => {
    const { lines, logger } = captureLogs('test');
    logger.warn(logEntry('handler failed, will retry', fields), 'EventDispatcher');
    expect(lines[0]).toMatchObject({ level: 40, msg: 'handler failed, will retry', ...fields });
  });

  it('stay readable at error level, where the Nest adapter stringifies the message', () => {
    const { lines, logger } = captureLogs('test');
    logger.error(logEntry('event dead-lettered', fields), undefined, 'EventDispatcher');
    const line = JSON.stringify(lines[0]);
    expect(line).not.toContain('[object Object]');
    for (const value of ['event dead-lettered', 'handler', 'e1', 'institution.created', 'deliveryCount'])
      expect(line).toContain(value);
  });

  it('name an error by message, class and code', () => {
    expect(errorFields(new PermanentEventError('gone for good', { code: 'X.GONE' }))).toEqual({
      error: 'gone for good',
      errorName: 'PermanentEventError',
      errorCode: 'X.GONE',
    });
    expect(errorFields('plain')).toEqual({ error: 'plain' });
    expect(errorFields(new Error('x'.repeat(2_000))).error).toHaveLength(500);
  });
});
