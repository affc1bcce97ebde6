import { Long } from 'bson';
import { getPath, isPlainObject, type Doc } from './document';

interface UnwindSpec {
  field: string;
  includeArrayIndex?: string;
  preserveNullAndEmptyArrays: boolean;
}

/** The `$unwind` argument when it is well formed; mingo reports the malformed ones. */
export function unwindSpec(argument: unknown): UnwindSpec | undefined {
  const spec = typeof argument === 'string' ? { path: argument } : argument;
  if (!isPlainObject(spec)) return undefined;
  const { path, includeArrayIndex, preserveNullAndEmptyArrays } = spec;
  if (typeof path !== 'string' || !path.startsWith('$') || path.startsWith('$$')) return undefined;
  if (
    includeArrayIndex !== undefined &&
    (typeof includeArrayIndex !== 'string' || includeArrayIndex.startsWith('$'))
  ) {
    return undefined;
  }
  return {
    field: path.slice(1),
    ...(includeArrayIndex ? { includeArrayIndex } : {}),
    preserveNullAndEmptyArrays: preserveNullAndEmptyArrays === true,
  };
}

/**
 * `$unwind` done here rather than by mingo, on the documents as stored: the unwound elements keep
 * their BSON types (mingo's would be JS numbers), and mingo's writes into its input are avoided.
 * Each output is a new object along the path only; what it shares with the input is not changed.
 * The array index is an int64, as mongod gives it.
 */
export function unwind(docs: readonly Doc[], spec: UnwindSpec): Doc[] {
  const out: Doc[] = [];
  for (const doc of docs) {
    const value = getPath(doc, spec.field);
    if (Array.isArray(value) && value.length > 0) {
      value.forEach((element, i) =>
        out.push(withIndex(replaced(doc, spec.field, element), spec, Long.fromNumber(i))),
      );
    } else if (Array.isArray(value)) {
      if (spec.preserveNullAndEmptyArrays)
        out.push(withIndex(replaced(doc, spec.field, undefined), spec, null));
    } else if ((value !== undefined && value !== null) || spec.preserveNullAndEmptyArrays) {
      out.push(withIndex(doc, spec, null));
    }
  }
  return out;
}

function withIndex(doc: Doc, spec: UnwindSpec, index: Long | null): Doc {
  return spec.includeArrayIndex ? { ...doc, [spec.includeArrayIndex]: index } : doc;
}

// A copy of the document along the path with the value there replaced (removed when undefined).
function replaced(doc: Doc, path: string, value: unknown): Doc {
  const [head = path, ...rest] = path.split('.');
  const copy: Doc = { ...doc };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else copy[head] = value;
  } else if (isPlainObject(doc[head])) {
    copy[head] = replaced(doc[head], rest.join('.'), value);
  }
  return copy;
}
