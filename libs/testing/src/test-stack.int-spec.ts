import { startTestStack } from './test-stack';

/** Whether a process with this id exists (signal 0 checks without sending anything). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('startTestStack, when a service cannot start', () => {
  it('stops the services it had already started before it fails', async () => {
    const spawned: { service: string; pid: number }[] = [];
    const start = startTestStack({
      // plan-tracking, the second service, refuses this value and exits; by then the directory is up.
      env: { PLAN_OVERDUE_CHECK_MS: 'soon' },
      onSpawn: (service, pid) => spawned.push({ service, pid }),
    });
    await expect(start).rejects.toThrow(/plan-tracking exited with code \d+ while starting/);
    expect(spawned.map((s) => s.service)).toEqual(['directory', 'plan-tracking']);
    for (const { service, pid } of spawned)
      expect({ service, alive: alive(pid) }).toEqual({ service, alive: false });
  }, 120_000);
});
