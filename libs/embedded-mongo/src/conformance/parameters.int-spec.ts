import { conformanceTargets, useTarget } from '../test-utils/targets';

// https://www.mongodb.com/docs/manual/reference/command/setParameter/ and .../getParameter/
describe.each(conformanceTargets())('setParameter and getParameter [$name]', (target) => {
  const session = useTarget(target, 'parameters');
  const admin = () => session().client.db('admin');

  it('reads and sets the TTL monitor parameters, answering the previous value', async () => {
    const before = await admin().command({ getParameter: 1, ttlMonitorEnabled: 1 });
    expect(before).toMatchObject({ ttlMonitorEnabled: true, ok: 1 });
    expect(await admin().command({ setParameter: 1, ttlMonitorSleepSecs: 2 })).toMatchObject({ ok: 1 });
    expect(await admin().command({ getParameter: 1, ttlMonitorSleepSecs: 1 })).toMatchObject({
      ttlMonitorSleepSecs: 2,
    });
    expect(await admin().command({ setParameter: 1, ttlMonitorSleepSecs: 1 })).toMatchObject({
      was: 2,
      ok: 1,
    });
    const fcv = await admin().command({ getParameter: 1, featureCompatibilityVersion: 1 });
    expect(fcv['featureCompatibilityVersion']).toHaveProperty('version');
    const detailed = await admin().command({ getParameter: { showDetails: true }, ttlMonitorEnabled: 1 });
    expect(detailed['ttlMonitorEnabled']).toMatchObject({ value: true, settableAtRuntime: true });
  });

  it('refuses unknown parameters, bad values and databases other than admin, as mongod does', async () => {
    await expect(admin().command({ setParameter: 1, noSuchParameter: 1 })).rejects.toMatchObject({
      code: 72,
    });
    await expect(admin().command({ getParameter: 1, noSuchParameter: 1 })).rejects.toMatchObject({
      code: 72,
    });
    await expect(admin().command({ setParameter: 1, ttlMonitorSleepSecs: 'soon' })).rejects.toMatchObject({
      code: 2,
    });
    await expect(session().db.command({ getParameter: 1, ttlMonitorEnabled: 1 })).rejects.toMatchObject({
      code: 13,
    });
  });
});
