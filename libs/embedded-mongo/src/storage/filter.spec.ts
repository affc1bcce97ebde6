import { MongoCommandError } from '../errors';
import { compileFilter } from './filter';

describe('compileFilter', () => {
  it('compiles queries that stay independent of one another over the shared operator registry', () => {
    const adult = compileFilter({ age: { $gte: 18 } });
    const named = compileFilter({ name: { $in: ['ana', 'bia'] } });
    expect(adult.test({ age: 20, name: 'zé' })).toBe(true);
    expect(named.test({ age: 20, name: 'zé' })).toBe(false);
    expect(named.test({ age: 3, name: 'bia' })).toBe(true);
    expect(adult.test({ age: 3, name: 'bia' })).toBe(false);
  });

  it('has every expression operator for $expr', () => {
    const sum = compileFilter({ $expr: { $gt: [{ $add: ['$a', '$b'] }, { $strLenCP: '$s' }] } });
    expect(sum.test({ a: 2, b: 2, s: 'abc' })).toBe(true);
    expect(sum.test({ a: 1, b: 1, s: 'abc' })).toBe(false);
  });

  it('rejects unknown operators and server-side JavaScript', () => {
    expect(() => compileFilter({ a: { $nope: 1 } })).toThrow(MongoCommandError);
    expect(() => compileFilter({ $where: 'this.a > 1' })).toThrow(MongoCommandError);
  });
});
