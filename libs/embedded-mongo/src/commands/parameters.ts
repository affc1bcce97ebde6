import { ErrorCode, MongoCommandError } from '../errors';
import type { Doc } from '../storage/document';
import { GENERIC_FIELDS } from './arguments';
import type { CommandContext, CommandHandler } from './context';

interface Parameter {
  value: unknown;
  settable: boolean;
  /** Checks and converts a value given to setParameter. */
  parse?: (value: unknown) => unknown;
}

/**
 * The server parameters drivers and mongoose read or set, each with an effect here:
 * `ttlMonitorEnabled` pauses TTL deletions and `ttlMonitorSleepSecs` is the time between TTL
 * sweeps. Unknown names are refused as mongod refuses them, never accepted and ignored.
 */
export class ServerParameters {
  private readonly parameters = new Map<string, Parameter>();

  constructor(ttlIntervalMs: number) {
    this.parameters.set('featureCompatibilityVersion', { value: { version: '7.0' }, settable: false });
    this.parameters.set('ttlMonitorEnabled', { value: true, settable: true, parse: parseBool });
    this.parameters.set('ttlMonitorSleepSecs', {
      value: Math.max(1, Math.round(ttlIntervalMs / 1000)),
      settable: true,
      parse: parsePositiveInt,
    });
  }

  /** Milliseconds between TTL sweeps (the start option until ttlMonitorSleepSecs is set). */
  ttlIntervalMs(startOption: number): number {
    return this.changed.has('ttlMonitorSleepSecs')
      ? Number(this.get('ttlMonitorSleepSecs')) * 1000
      : startOption;
  }

  get ttlEnabled(): boolean {
    return this.get('ttlMonitorEnabled') === true;
  }

  private readonly changed = new Set<string>();

  get(name: string): unknown {
    return this.parameters.get(name)?.value;
  }

  /** The handler of getParameter or setParameter; undefined for any other command. */
  command(name: string): CommandHandler | undefined {
    if (name === 'getParameter') return (command, ctx) => this.getParameter(command, ctx);
    if (name === 'setParameter') return (command, ctx) => this.setParameter(command, ctx);
    return undefined;
  }

  private getParameter(command: Doc, ctx: CommandContext): Doc {
    adminOnly('getParameter', ctx);
    const arg = command['getParameter'];
    const all = arg === '*' || (isDoc(arg) && arg['allParameters'] === true);
    const details = isDoc(arg) && arg['showDetails'] === true;
    const names = all
      ? [...this.parameters.keys()]
      : requested(command).filter((name) => this.parameters.has(name));
    if (names.length === 0) throw new MongoCommandError(ErrorCode.InvalidOptions, 'no option found to get');
    const out: Doc = {};
    for (const name of names) {
      const parameter = this.parameters.get(name) as Parameter;
      out[name] = details
        ? {
            value: parameter.value,
            settableAtRuntime: parameter.settable,
            settableAtStartup: parameter.settable,
          }
        : parameter.value;
    }
    return { ...out, ok: 1 };
  }

  private setParameter(command: Doc, ctx: CommandContext): Doc {
    adminOnly('setParameter', ctx);
    const entries = Object.entries(command).filter(
      ([name]) => name !== 'setParameter' && !GENERIC_FIELDS.has(name),
    );
    if (entries.length === 0)
      throw new MongoCommandError(
        ErrorCode.InvalidOptions,
        'no option found to set, use help:true to see options ',
      );
    const parsed = entries.map(([name, value]) => {
      const parameter = this.parameters.get(name);
      if (!parameter) {
        throw new MongoCommandError(
          ErrorCode.InvalidOptions,
          `attempted to set unrecognized parameter [${name}], use help:true to see options `,
        );
      }
      if (!parameter.settable || !parameter.parse) {
        throw new MongoCommandError(ErrorCode.IllegalOperation, `not allowed to change [${name}] at runtime`);
      }
      return [name, parameter, parameter.parse(value)] as const;
    });
    const [[, first]] = parsed;
    const was = first.value;
    for (const [name, parameter, value] of parsed) {
      parameter.value = value;
      this.changed.add(name);
    }
    return { was, ok: 1 };
  }
}

function adminOnly(command: string, ctx: CommandContext): void {
  if (ctx.dbName !== 'admin') {
    throw new MongoCommandError(
      ErrorCode.Unauthorized,
      `${command} may only be run against the admin database.`,
    );
  }
}

function requested(command: Doc): string[] {
  return Object.keys(command).filter((name) => name !== 'getParameter' && !GENERIC_FIELDS.has(name));
}

function isDoc(value: unknown): value is Doc {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function parseBool(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  throw new MongoCommandError(
    ErrorCode.BadValue,
    `Invalid value for a boolean parameter: ${JSON.stringify(value)}`,
  );
}

function parsePositiveInt(value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value;
  throw new MongoCommandError(
    ErrorCode.BadValue,
    `Invalid value: ${JSON.stringify(value)}, must be an integer of at least 1`,
  );
}
