import { HttpException, NotFoundException } from '@nestjs/common';
import { DomainError } from '@elo/contracts';
import { problemMapping, buildProblem } from './problem';
import { toProblem } from './problem-exception.filter';

describe('problem details', () => {
  it('maps coded errors to their status once', () => {
    expect(problemMapping('DIRECTORY.INSTITUTION_NOT_FOUND').status).toBe(404);
    expect(problemMapping('COMMON.VALIDATION').status).toBe(400);
    expect(problemMapping('COMMON.TIMEOUT').status).toBe(504);
    expect(problemMapping('AUTH.FORBIDDEN').status).toBe(403);
    expect(problemMapping('COMMON.PRECONDITION_FAILED').status).toBe(412);
    expect(problemMapping('COMMON.CONCURRENT_MODIFICATION').status).toBe(409);
    expect(problemMapping('REFERRAL.IDENTIFIERS_ERASED').status).toBe(410);
  });

  it('builds an RFC 9457 body with code, correlation id and field errors', () => {
    const problem = toProblem(
      new DomainError('COMMON.VALIDATION', 'Invalid fields: cnpj', [{ field: 'cnpj', message: 'bad' }]),
      '/v1/institutions',
      'req-1',
    );
    expect(problem).toEqual({
      type: 'https://elo.gov.br/problems/common-validation',
      title: 'The request is invalid',
      status: 400,
      detail: 'Invalid fields: cnpj',
      instance: '/v1/institutions',
      code: 'COMMON.VALIDATION',
      correlationId: 'req-1',
      errors: [{ field: 'cnpj', message: 'bad' }],
    });
  });

  it('maps framework exceptions by status and hides internal details', () => {
    expect(toProblem(new NotFoundException('Cannot GET /x'), '/x', 'c').code).toBe('COMMON.ROUTE_NOT_FOUND');
    expect(toProblem(new HttpException('boom', 500), '/x', 'c').detail).toBe('Internal error.');
    expect(toProblem(new Error('secret stack'), '/x', 'c')).toMatchObject({
      status: 500,
      detail: 'Internal error.',
    });
    expect(toProblem(Object.assign(new Error('too big'), { statusCode: 413 }), '/x', 'c').status).toBe(413);
  });

  it('omits an empty errors list', () => {
    expect(
      buildProblem({ code: 'COMMON.INTERNAL', detail: 'x', instance: '/', correlationId: 'c' }),
    ).not.toHaveProperty('errors');
  });
});
