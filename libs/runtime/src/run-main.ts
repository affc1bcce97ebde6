import type { Logger } from 'pino';
import { firstConnectTimeoutOf } from '@elo/messaging';

/** Runs a service's main: logs a failed start and exits non-zero instead of hanging. */
export function runMain(logger: Logger, main: () => Promise<unknown>): void {
  main().catch((error: unknown) => {
    // The NATS client wraps a first-connection timeout in its own error: the cause names the server.
    logger.fatal({ err: firstConnectTimeoutOf(error) ?? error }, 'failed to start');
    logger.flush();
    process.exitCode = 1;
    setTimeout(() => process.exit(1), 100).unref();
  });
}
