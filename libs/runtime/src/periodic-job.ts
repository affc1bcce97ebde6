import { type Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

/** Work that runs at boot and then on an interval, one run at a time per process; failures retry next tick. */
export abstract class PeriodicJob<T> implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<T> | undefined;

  protected abstract readonly logger: Logger;
  protected abstract intervalMs(): number;
  protected abstract work(): Promise<T>;

  onApplicationBootstrap(): void {
    void this.tick();
    this.timer = setInterval(() => void this.tick(), this.intervalMs());
    this.timer.unref();
  }

  /** No more ticks (a job that finished its work for good). */
  protected stopTicking(): void {
    clearInterval(this.timer);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Runs now, or joins the run already in progress. */
  runNow(): Promise<T> {
    this.running ??= this.work().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async tick(): Promise<void> {
    try {
      await this.runNow();
    } catch (error) {
      this.logger.warn({ msg: `${this.constructor.name} failed; will retry`, error: String(error) });
    }
  }
}
