import { conformanceTargets, useTarget, type LooseDoc } from '../test-utils/targets';

// https://www.mongodb.com/docs/manual/reference/command/serverStatus/
describe.each(conformanceTargets())('serverStatus [$name]', (target) => {
  const session = useTarget(target, 'status');

  it('reports the process, its uptime, connections and operation counters', async () => {
    const { db } = session();
    const before = await db.admin().serverStatus();
    expect(before).toMatchObject({ ok: 1, process: expect.stringMatching(/^mongo/) as unknown });
    expect(before['version']).toMatch(/^\d+\.\d+\.\d+/);
    expect(typeof before['host']).toBe('string');
    expect(typeof before['pid']).toBe('number');
    expect(before['uptime']).toBeGreaterThanOrEqual(0);
    expect(before['localTime']).toBeInstanceOf(Date);
    expect(before['connections']['current']).toBeGreaterThanOrEqual(1);

    await db.collection<LooseDoc>('counted').insertOne({ a: 1 });
    await db.collection<LooseDoc>('counted').find({}).toArray();
    const after = await db.admin().serverStatus();
    expect(after['opcounters']['insert']).toBeGreaterThan(before['opcounters']['insert'] as number);
    expect(after['opcounters']['query']).toBeGreaterThan(before['opcounters']['query'] as number);
  });

  it('answers on any database, as the command is not admin-only', async () => {
    expect(await session().db.command({ serverStatus: 1 })).toMatchObject({ ok: 1 });
  });
});
