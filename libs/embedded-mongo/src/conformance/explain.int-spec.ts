import { conformanceTargets, useTarget } from '../test-utils/targets';

interface Person {
  _id: number;
  email: string;
  age: number;
}

// https://www.mongodb.com/docs/manual/reference/explain-results/
describe.each(conformanceTargets())('explain [$name]', (target) => {
  const session = useTarget(target, 'explain');
  const people = () => session().db.collection<Person>('people');

  beforeAll(async () => {
    await people().insertMany([
      { _id: 1, email: 'a@x', age: 30 },
      { _id: 2, email: 'b@x', age: 40 },
    ]);
    await people().createIndex({ email: 1 }, { unique: true });
  });

  it('describes the winning plan of a find, and runs it beyond queryPlanner', async () => {
    const scan = await people()
      .find({ age: { $gt: 35 } })
      .explain('queryPlanner');
    expect(scan['queryPlanner']['namespace']).toBe(`${session().db.databaseName}.people`);
    expect(scan['queryPlanner']['winningPlan']['stage']).toBe('COLLSCAN');
    expect(scan['executionStats']).toBeUndefined();

    const indexed = await people().find({ email: 'a@x' }).explain('executionStats');
    expect(JSON.stringify(indexed['queryPlanner']['winningPlan'])).toContain('IXSCAN');
    expect(indexed['executionStats']).toMatchObject({ executionSuccess: true, nReturned: 1 });
  });

  it('scans a compound index whose leading field the filter pins', async () => {
    const messages = session().db.collection('explain_messages');
    await messages.createIndex({ status: 1, nextAttemptAt: 1 });
    await messages.insertMany([
      { status: 'pending', nextAttemptAt: 1, endpointId: 'a' },
      { status: 'pending', nextAttemptAt: 5, endpointId: 'b' },
      { status: 'sent', nextAttemptAt: 1, endpointId: 'a' },
    ]);
    const explained = await messages
      .find({ status: 'pending', endpointId: { $nin: ['b'] } })
      .sort({ nextAttemptAt: 1 })
      .explain('executionStats');
    const plan = JSON.stringify(explained['queryPlanner']['winningPlan']);
    expect(plan).toContain('IXSCAN');
    expect(plan).toContain('status_1_nextAttemptAt_1');
    expect(explained['executionStats']).toMatchObject({ executionSuccess: true, nReturned: 1 });
  });

  it('explains an aggregation without running it as a cursor', async () => {
    const output = await people()
      .aggregate([{ $match: { age: 30 } }])
      .explain();
    expect(output['stages'] ?? output['queryPlanner']).toBeDefined();
  });

  it('plans a write without performing it', async () => {
    const reply = await session().db.command({
      explain: { delete: 'people', deletes: [{ q: { age: 30 }, limit: 0 }] },
      verbosity: 'queryPlanner',
    });
    expect(reply['queryPlanner']).toBeDefined();
    expect(await people().countDocuments()).toBe(2);
  });
});
