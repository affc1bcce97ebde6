import type { CommandContext } from './context';
import { ServerParameters } from './parameters';

const admin = { dbName: 'admin' } as CommandContext;

describe('ServerParameters', () => {
  it('drives the TTL sweeper: the monitor switch and the time between sweeps', () => {
    const parameters = new ServerParameters(250);
    const setParameter = parameters.command('setParameter');
    expect(parameters.ttlEnabled).toBe(true);
    expect(parameters.ttlIntervalMs(250)).toBe(250); // the start option until the parameter is set
    setParameter?.({ setParameter: 1, ttlMonitorEnabled: false }, admin);
    expect(parameters.ttlEnabled).toBe(false);
    expect(setParameter?.({ setParameter: 1, ttlMonitorSleepSecs: 3 }, admin)).toEqual({ was: 1, ok: 1 });
    expect(parameters.ttlIntervalMs(250)).toBe(3000);
    expect(parameters.command('toString')).toBeUndefined();
  });
});
