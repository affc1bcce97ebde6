import { Decimal128, Double, Int32, Long } from 'bson';
import { ErrorCode, MongoCommandError } from '../errors';
import { getPath, isPlainObject, type Doc } from './document';

const ARITHMETIC = ['$inc', '$mul'] as const;

/**
 * Checks mongod performs on an operator update before applying it and mingo does not: one path
 * touched by two operators, and arithmetic with non-numbers (mingo would silently skip those).
 */
export function validateModifier(modifier: Doc): void {
  const paths: string[] = [];
  for (const [operator, fields] of Object.entries(modifier)) {
    if (!isPlainObject(fields)) {
      throw new MongoCommandError(
        ErrorCode.FailedToParse,
        `Modifiers operate on fields but we found type ${typeof fields} instead. For example: {$mod: {<field>: ...}} not {${operator}: ${String(fields)}}`,
      );
    }
    paths.push(...Object.keys(fields));
    if (operator === '$rename') paths.push(...Object.values(fields).map(String));
  }
  checkConflicts(paths);
  for (const operator of ARITHMETIC) {
    const fields = modifier[operator];
    if (isPlainObject(fields)) checkArithmeticArguments(operator, fields);
  }
}

/** The per-document part: arithmetic on a field that holds a non-number fails. */
export function validateModifierTargets(doc: Doc, modifier: Doc): void {
  for (const operator of ARITHMETIC) {
    const fields = modifier[operator];
    if (isPlainObject(fields)) checkArithmeticTargets(doc, operator, fields);
  }
}

// Sorted segment by segment, a path's descendants directly follow it, so comparing neighbours
// suffices (a plain string sort puts 'a-x' between 'a' and 'a.b').
function checkConflicts(paths: string[]): void {
  const sorted = paths.map((path) => path.split('.')).sort(compareSegments);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1];
    const current = sorted[i];
    if (previous.every((segment, index) => current[index] === segment)) {
      throw new MongoCommandError(
        ErrorCode.ConflictingUpdateOperators,
        `Updating the path '${current.join('.')}' would create a conflict at '${previous.join('.')}'`,
      );
    }
  }
}

function compareSegments(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return a.length - b.length;
}

function checkArithmeticArguments(operator: string, fields: Doc): void {
  for (const [path, amount] of Object.entries(fields)) {
    if (!isNumeric(amount)) {
      throw new MongoCommandError(
        ErrorCode.TypeMismatch,
        `Cannot ${operator === '$inc' ? 'increment' : 'multiply'} with non-numeric argument: {${path}: ${JSON.stringify(amount)}}`,
      );
    }
  }
}

function checkArithmeticTargets(doc: Doc, operator: string, fields: Doc): void {
  for (const path of Object.keys(fields)) {
    if (path.includes('$')) continue; // positional targets are resolved by mingo
    const current = getPath(doc, path);
    if (current !== undefined && current !== null && !isNumeric(current)) {
      throw new MongoCommandError(
        ErrorCode.TypeMismatch,
        `Cannot apply ${operator} to a value of non-numeric type. {_id: ${JSON.stringify(doc['_id'])}} has the field '${path.split('.').pop() ?? path}' of non-numeric type ${Array.isArray(current) ? 'array' : typeof current}`,
      );
    }
  }
}

function isNumeric(value: unknown): boolean {
  return (
    typeof value === 'number' ||
    value instanceof Long ||
    value instanceof Int32 ||
    value instanceof Double ||
    value instanceof Decimal128
  );
}
