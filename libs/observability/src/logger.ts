import type { LoggerService } from '@nestjs/common';
import pino, { type DestinationStream, type Logger } from 'pino';
import { type LogFormat, logFormatOfProcess, prettyDestination } from './log-format';
import { currentContext } from './request-context';

// Secrets must never reach the logs, whatever object they travel in.
const REDACT = [
  'password',
  'secret',
  'clientSecret',
  'client_secret',
  'access_token',
  'token',
  'authorization',
  '*.password',
  '*.secret',
  '*.clientSecret',
  '*.client_secret',
  '*.access_token',
  '*.token',
  '*.authorization',
  '*.headers.authorization',
  '*.*.clientSecret',
  '*.*.client_secret',
];

/**
 * Logs to `destination`, else to stdout: as JSON, or for people when stdout is a development terminal
 * (see `chooseLogFormat`). A given destination gets JSON unless `format` says otherwise.
 */
export function createLogger(
  service: string,
  level = 'info',
  destination?: DestinationStream,
  format: LogFormat = destination ? 'json' : logFormatOfProcess(),
): Logger {
  const out = format === 'pretty' ? prettyDestination(destination) : (destination ?? stdoutJson());
  return pino(
    {
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT, censor: '[redacted]' },
      mixin() {
        const ctx = currentContext();
        return ctx ? { correlationId: ctx.correlationId } : {};
      },
    },
    out,
  );
}

const BATCH_BYTES = 4_096;
const BATCH_MS = 200;
let stdout: DestinationStream | undefined;

/**
 * stdout without a write(2) per line (a busy service logs a line per request): lines wait up to 4 KiB or
 * 200 ms, then go out in one synchronous write. Synchronous, so lines keep their order and none is in
 * flight when the process exits, when what waits is written out. One per process: loggers share it.
 */
function stdoutJson(): DestinationStream {
  if (stdout) return stdout;
  const boom = pino.destination({ dest: 1, sync: true, minLength: BATCH_BYTES });
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    boom.flushSync();
  };
  process.once('exit', flush);
  const stream: DestinationStream & { flush(done?: () => void): void } = {
    write(line: string) {
      boom.write(line);
      timer ??= setTimeout(flush, BATCH_MS).unref();
    },
    // logger.flush() passes a callback and waits for it.
    flush(done) {
      flush();
      done?.();
    },
  };
  stdout = stream;
  return stream;
}

// Nest's boot narration (every module, controller and route mapped: about 30 lines per service) says
// nothing the service's own "ready" line does not; it stays available at LOG_LEVEL=debug.
const BOOT_CHATTER = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
  'NestMicroservice',
]);

/** Nest's logger interface on top of pino, so framework logs are JSON too. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  error(message: unknown, trace?: string, context?: string): void {
    if (typeof message === 'object' && message !== null) this.logger.error({ context, trace, ...message });
    else this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }
  fatal(message: unknown, context?: string): void {
    this.write('fatal', message, context);
  }

  private write(
    requested: 'info' | 'warn' | 'debug' | 'trace' | 'fatal',
    message: unknown,
    context?: string,
  ): void {
    const level =
      requested === 'info' && context !== undefined && BOOT_CHATTER.has(context) ? 'debug' : requested;
    if (typeof message === 'object' && message !== null) this.logger[level]({ context, ...message });
    else this.logger[level]({ context }, String(message));
  }
}
