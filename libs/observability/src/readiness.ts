/** A dependency a process needs before it can serve: MongoDB, NATS, another service. */
export interface ReadinessCheck {
  name: string;
  isReady(): Promise<boolean>;
}

export const READINESS_CHECKS = Symbol('READINESS_CHECKS');

export async function runReadinessChecks(
  checks: readonly ReadinessCheck[],
  timeoutMs = 2_000,
): Promise<Record<string, 'up' | 'down'>> {
  const results = await Promise.all(
    checks.map(async (check) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      try {
        const ok = await Promise.race([check.isReady().catch(() => false), timeout]);
        return [check.name, ok ? 'up' : 'down'] as const;
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  return Object.fromEntries(results);
}
