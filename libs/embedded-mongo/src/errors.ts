import type { Doc } from './storage/document';

// Error codes as mongod numbers and names them (src/mongo/base/error_codes.yml).
export const ErrorCode = {
  InternalError: 1,
  BadValue: 2,
  FailedToParse: 9,
  Unauthorized: 13,
  TypeMismatch: 14,
  IllegalOperation: 20,
  PathNotViable: 28,
  ConflictingUpdateOperators: 40,
  NamespaceNotFound: 26,
  IndexNotFound: 27,
  CursorNotFound: 43,
  NamespaceExists: 48,
  InvalidIdField: 53,
  CannotCreateIndex: 67,
  CommandNotFound: 59,
  ImmutableField: 66,
  InvalidOptions: 72,
  InvalidNamespace: 73,
  IndexOptionsConflict: 85,
  IndexKeySpecsConflict: 86,
  CommandNotSupported: 115,
  InvalidPipelineOperator: 168,
  NotImplemented: 238,
  DocumentValidationFailure: 121,
  QueryFeatureNotAllowed: 224,
  DuplicateKey: 11000,
  OutOfDiskSpace: 14031,
  UpdateTooLarge: 17419,
  JavaScriptDisabled: 31264,
  ChangeStreamNeedsReplicaSet: 40573,
  WhereWithoutScriptEngine: 6108304,
  UnrecognizedPipelineStage: 40324,
  MissingRequiredField: 40414,
} as const;

export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

const codeNames = new Map<number, string>(
  Object.entries(ErrorCode).map(([name, code]) => [code, name] as const),
);
// Codes mongod reports by location rather than by name.
for (const code of [
  ErrorCode.UpdateTooLarge,
  ErrorCode.JavaScriptDisabled,
  ErrorCode.ChangeStreamNeedsReplicaSet,
  ErrorCode.WhereWithoutScriptEngine,
  ErrorCode.UnrecognizedPipelineStage,
  ErrorCode.MissingRequiredField,
]) {
  codeNames.set(code, `Location${code}`);
}

function codeNameOf(code: number): string {
  return codeNames.get(code) ?? `Location${code}`;
}

/** A command failure reported to the client as `{ ok: 0, errmsg, code, codeName, ...extra }`. */
export class MongoCommandError extends Error {
  readonly codeName: string;

  constructor(
    readonly code: ErrorCodeValue,
    message: string,
    readonly extra: Doc = {},
  ) {
    super(message);
    this.name = 'MongoCommandError';
    this.codeName = codeNameOf(code);
  }

  toReply(): Doc {
    return { ok: 0, errmsg: this.message, code: this.code, codeName: this.codeName, ...this.extra };
  }

  /** The shape of one entry of `writeErrors`. */
  toWriteError(index: number): Doc {
    return { index, code: this.code, errmsg: this.message, ...this.extra };
  }
}

// Features the engine does not have, answered as a mongod without them answers.
const GEO_OPERATORS = new Set([
  '$near',
  '$nearSphere',
  '$geoWithin',
  '$within',
  '$geoIntersects',
  '$geoNear',
]);

export function notImplemented(feature: string): MongoCommandError {
  return new MongoCommandError(
    ErrorCode.NotImplemented,
    `${feature} is not supported by the embedded engine (see libs/embedded-mongo/README.md)`,
  );
}

function unknownOperator(op: string, topLevel: boolean): MongoCommandError {
  if (GEO_OPERATORS.has(op) || op === '$text') return notImplemented(op);
  return badValue(topLevel ? `unknown top level operator: ${op}` : `unknown operator: ${op}`);
}

const mingoPatterns: ReadonlyArray<[RegExp, (name: string) => MongoCommandError]> = [
  // As a mongod running with security.javascriptEnabled: false.
  [
    /(\$where) operator requires 'scriptEnabled'/,
    () =>
      new MongoCommandError(ErrorCode.WhereWithoutScriptEngine, 'no globalScriptEngine in $where parsing'),
  ],
  [
    /(\$function|\$accumulator) requires 'scriptEnabled'/,
    () =>
      new MongoCommandError(
        ErrorCode.JavaScriptDisabled,
        'Cannot run server-side javascript without the javascript engine enabled',
      ),
  ],
  [/unknown top level operator:? (\$\w+)/, (op) => unknownOperator(op, true)],
  [/unknown (?:query )?operator:? (\$\w+)/, (op) => unknownOperator(op, false)],
  [
    /unregistered pipeline operator (\$?\w+)/,
    (op) =>
      GEO_OPERATORS.has(op)
        ? notImplemented(op)
        : new MongoCommandError(
            ErrorCode.UnrecognizedPipelineStage,
            `Unrecognized pipeline stage name: '${op}'`,
          ),
  ],
  [
    /Unknown update operator: '(\$\w+)'/,
    (op) =>
      new MongoCommandError(
        ErrorCode.FailedToParse,
        `Unknown modifier: ${op}. Expected a valid update modifier or pipeline-style update specified as an array`,
      ),
  ],
  [
    /would modify the immutable field '(\w+)'/,
    (field) =>
      new MongoCommandError(
        ErrorCode.ImmutableField,
        `Performing an update on the path '${field}' would modify the immutable field '${field}'`,
      ),
  ],
  [
    /(?:accumulator|operator) '?(\$\w+)'? is not registered/,
    (op) => new MongoCommandError(ErrorCode.InvalidPipelineOperator, `Unrecognized expression '${op}'`),
  ],
];

/** Maps anything thrown while evaluating a query, update or pipeline to a MongoDB error. */
export function toMongoError(error: unknown): MongoCommandError {
  if (error instanceof MongoCommandError) return error;
  const message = error instanceof Error ? error.message : String(error);
  for (const [pattern, build] of mingoPatterns) {
    const match = pattern.exec(message);
    if (match?.[1]) return build(match[1]);
  }
  return badValue(message);
}

export function badValue(message: string): MongoCommandError {
  return new MongoCommandError(ErrorCode.BadValue, message);
}
