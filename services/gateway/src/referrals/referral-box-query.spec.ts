import { referralBoxQuerySchema } from '@elo/contracts';
import { ZodValidationPipe } from '@elo/errors';
import { codeOf } from '@elo/testing';
import { ReferralsController } from './referrals.controller';

// The inbox and outbox filters as the gateway reads them: query strings in, typed values out, and the
// OpenAPI parameters derived from the same schema.
describe('referral box query', () => {
  const pipe = new ZodValidationPipe(referralBoxQuerySchema, 'query');

  it('turns overdue=true / overdue=false into booleans and the limit into a number', () => {
    expect(pipe.transform({ overdue: 'true', limit: '5' })).toEqual({ overdue: true, limit: 5 });
    expect(pipe.transform({ overdue: 'false', status: 'sent' })).toEqual({
      overdue: false,
      status: 'sent',
      limit: 20,
    });
    expect(pipe.transform({})).toEqual({ limit: 20 });
  });

  it.each([['1'], ['yes'], [['true', 'false']]])(
    'refuses overdue=%j with COMMON.VALIDATION',
    async (overdue) => {
      expect(await codeOf(Promise.resolve().then(() => pipe.transform({ overdue })))).toBe(
        'COMMON.VALIDATION',
      );
    },
  );

  it.each(['inbox', 'outbox'] as const)('documents overdue as an optional boolean on the %s', (method) => {
    const parameters = Reflect.getMetadata(
      'swagger/apiParameters',
      ReferralsController.prototype[method],
    ) as { name: string; in: string; required: boolean; schema: { type?: string } }[];
    const overdue = parameters.find((p) => p.name === 'overdue');
    expect(overdue).toMatchObject({ in: 'query', required: false, schema: { type: 'boolean' } });
  });
});
