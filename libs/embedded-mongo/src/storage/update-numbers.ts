import { Decimal128, Double, Long } from 'bson';
import { getPath, isPlainObject, type Doc } from './document';
import { isNumericWrapper, numberOf, numericArgument } from './numbers';

const ARITHMETIC = ['$inc', '$mul'] as const;
const COMPARING = ['$min', '$max'] as const;
const RANK = { int: 0, long: 1, double: 2, decimal: 3 } as const;
type NumericType = keyof typeof RANK;

interface Touched {
  path: string;
  before: unknown;
  argument: unknown;
  arithmetic: boolean;
}

/**
 * mingo does arithmetic and comparisons on JS numbers only. For `$inc`, `$mul`, `$min` and
 * `$max` on plain paths, mingo gets numbers (the modifier's arguments as numbers, and the
 * document's values unwrapped before it runs), and the results get the BSON type mongod gives
 * them: the wider of the two operands' types, int32 overflowing into int64.
 */
export function numericModifier(modifier: Doc): { modifier: Doc; wrap: (target: Doc) => () => void } {
  const touched: Omit<Touched, 'before'>[] = [];
  const out: Doc = { ...modifier };
  for (const operator of [...ARITHMETIC, ...COMPARING]) {
    const fields = modifier[operator];
    if (!isPlainObject(fields)) continue;
    const arithmetic = (ARITHMETIC as readonly string[]).includes(operator);
    for (const [path, argument] of Object.entries(fields)) {
      if (!path.includes('$')) touched.push({ path, argument, arithmetic });
    }
    out[operator] = numericArgument(fields);
  }
  if (touched.length === 0) return { modifier, wrap: () => () => undefined };
  return {
    modifier: out,
    wrap: (target) => {
      const entries = touched.map((entry) => ({ ...entry, before: getPath(target, entry.path) }));
      for (const { path, before } of entries)
        if (isNumericWrapper(before)) setExisting(target, path, numberOf(before));
      return () => {
        for (const entry of entries) retype(target, entry);
      };
    },
  };
}

function retype(target: Doc, { path, before, argument, arithmetic }: Touched): void {
  const after = getPath(target, path);
  if (typeof after !== 'number') return;
  if (!arithmetic) {
    // $min/$max: the field keeps its value (and type) or takes the argument's.
    const kept = before !== undefined && after === plain(before);
    const value = kept ? before : argument;
    if (value !== after) setExisting(target, path, value);
    return;
  }
  const type = before === undefined ? typeOf(argument) : wider(typeOf(before), typeOf(argument));
  const typed = asType(after, type);
  if (typed !== after) setExisting(target, path, typed);
}

// Sets a value whose parent exists, through documents and array positions.
function setExisting(doc: Doc, path: string, value: unknown): void {
  const parts = path.split('.');
  const last = parts.pop() ?? path;
  const parent = parts.length > 0 ? getPath(doc, parts.join('.')) : doc;
  if (Array.isArray(parent) && /^\d+$/.test(last)) parent[Number(last)] = value;
  else if (isPlainObject(parent)) parent[last] = value;
}

function plain(value: unknown): unknown {
  return isNumericWrapper(value) ? numberOf(value) : value;
}

function typeOf(value: unknown): NumericType {
  if (value instanceof Long) return 'long';
  if (value instanceof Decimal128) return 'decimal';
  if (value instanceof Double) return 'double';
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= 0x7fffffff
    ? 'int'
    : 'double';
}

function wider(a: NumericType, b: NumericType): NumericType {
  return RANK[a] >= RANK[b] ? a : b;
}

function asType(value: number, type: NumericType): unknown {
  switch (type) {
    case 'int':
      return Number.isInteger(value) && Math.abs(value) > 0x7fffffff ? Long.fromNumber(value) : value;
    case 'long':
      return Number.isInteger(value) ? Long.fromNumber(value) : value;
    case 'double':
      return Number.isInteger(value) ? new Double(value) : value;
    case 'decimal':
      return Decimal128.fromString(String(value));
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}
