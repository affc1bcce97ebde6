import type { DestinationStream } from 'pino';

export type LogFormat = 'json' | 'pretty';

export interface LogFormatInputs {
  /** `LOG_FORMAT`, when set: it wins (validated by the service's config). */
  override?: string | undefined;
  nodeEnv?: string | undefined;
  /** Whether stdout is a terminal (`process.stdout.isTTY`). */
  isTTY: boolean;
}

/**
 * JSON is what log shippers and `jq` read, so it is the default everywhere but one place: a person
 * watching a terminal in development (`npm start`), who gets one short line per record instead.
 */
export function chooseLogFormat({ override, nodeEnv, isTTY }: LogFormatInputs): LogFormat {
  if (override === 'json' || override === 'pretty') return override;
  if (nodeEnv === 'production') return 'json';
  return isTTY ? 'pretty' : 'json';
}

export function logFormatOfProcess(): LogFormat {
  return chooseLogFormat({
    override: process.env['LOG_FORMAT'],
    nodeEnv: process.env['NODE_ENV'],
    isTTY: process.stdout.isTTY === true,
  });
}

const LEVELS: Record<number, { name: string; color: number }> = {
  10: { name: 'TRACE', color: 90 },
  20: { name: 'DEBUG', color: 36 },
  30: { name: 'INFO ', color: 32 },
  40: { name: 'WARN ', color: 33 },
  50: { name: 'ERROR', color: 31 },
  60: { name: 'FATAL', color: 35 },
};

// Shown in their own places, or noise for a person reading along.
const OWN_PLACE = new Set([
  'level',
  'time',
  'service',
  'context',
  'msg',
  'correlationId',
  'err',
  'pid',
  'hostname',
]);
const MAX_VALUE = 120;

/** One pino JSON record as `HH:MM:SS.mmm LEVEL service [context] message key=value …` (+ an error's stack). */
export function formatRecord(line: string, color: boolean): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line.endsWith('\n') ? line : `${line}\n`;
  }
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const level = LEVELS[Number(record['level'])] ?? { name: String(record['level']).padEnd(5), color: 0 };
  const time = typeof record['time'] === 'string' ? record['time'].slice(11, 23) : '';
  const parts = [
    paint(90, time),
    paint(level.color, level.name),
    paint(1, text(record['service'] ?? '').padEnd(13)),
  ];
  if (record['context']) parts.push(paint(90, `[${text(record['context'])}]`));
  parts.push(text(record['msg'] ?? ''));
  const fields = Object.entries(record)
    .filter(([key, value]) => !OWN_PLACE.has(key) && value !== undefined)
    .map(([key, value]) => `${paint(90, `${key}=`)}${shorten(value)}`);
  if (record['correlationId']) fields.push(paint(90, `corr=${text(record['correlationId']).slice(0, 8)}`));
  let out = `${parts.join(' ')}${fields.length ? `  ${fields.join(' ')}` : ''}\n`;
  const err = record['err'] as { stack?: unknown; message?: unknown } | undefined;
  if (err) out += `${indent(text(err.stack ?? err.message ?? err))}\n`;
  return out;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function shorten(value: unknown): string {
  const full = text(value);
  return full.length > MAX_VALUE ? `${full.slice(0, MAX_VALUE - 1)}…` : full;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}

/** A pino destination that writes each record formatted for people to `target`. */
export function prettyDestination(
  target: { write(chunk: string): unknown } = process.stdout,
  color = target === process.stdout && process.stdout.isTTY === true && !process.env['NO_COLOR'],
): DestinationStream {
  return { write: (line: string) => void target.write(formatRecord(line, color)) };
}
