import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import mongoose, { type Connection } from 'mongoose';
import { startMongo, type TestMongo } from '@elo/testing';
import { ActivityRecord, ActivitySchema } from '../activities/activity.schema';
import { ActionRecord, ActionSchema } from '../structure/action.schema';
import { AxisRecord, AxisSchema } from '../structure/axis.schema';
import { loadPlanSeed, type PlanModels } from './plan-seed.loader';
import { parsePlanSeed } from './plan-seed.schema';

const REPO_ROOT = resolve(__dirname, '../../../..');
const seed = parsePlanSeed(JSON.parse(readFileSync(resolve(REPO_ROOT, 'seeds/plan.json'), 'utf8')));
const SOURCE = resolve(REPO_ROOT, '../shared/seeds/002_e03cde6428dc5c38.txt');

/** Activity codes as they appear in the source document (when it is beside the repo, as in CI). */
function sourceActivityCodes(): string[] | undefined {
  if (!existsSync(SOURCE)) return undefined;
  const text = readFileSync(SOURCE, 'utf8');
  return [
    ...new Set([...text.matchAll(/(?<![\d.])(\d\.\d{1,2}\.\d{1,2})(?![\d.])/g)].map((m) => m[1] ?? '')),
  ];
}

describe('plan seed loader', () => {
  let mongo: TestMongo;
  let connection: Connection;
  let models: PlanModels;

  beforeAll(async () => {
    mongo = await startMongo();
    connection = await mongoose
      .createConnection(mongo.url, { dbName: mongo.dbName('plan-seed') })
      .asPromise();
    models = {
      axes: connection.model<AxisRecord, PlanModels['axes']>(AxisRecord.name, AxisSchema),
      actions: connection.model<ActionRecord, PlanModels['actions']>(ActionRecord.name, ActionSchema),
      activities: connection.model<ActivityRecord, PlanModels['activities']>(
        ActivityRecord.name,
        ActivitySchema,
      ),
    };
    await Promise.all([models.axes.init(), models.actions.init(), models.activities.init()]);
  });

  afterAll(async () => {
    await connection?.close();
    await mongo?.stop();
  });

  const snapshot = async () => ({
    axes: await models.axes.find({}).sort({ number: 1 }).lean().exec(),
    actions: await models.actions.find({}).sort({ sortKey: 1 }).lean().exec(),
    activities: await models.activities.find({}).sort({ sortKey: 1 }).lean().exec(),
  });

  it('loads exactly 5 axes, 26 actions and 108 activities with the plan’s codes', async () => {
    expect(await loadPlanSeed(models, seed)).toEqual({ axes: 5, actions: 26, activities: 108 });
    const { axes, actions, activities } = await snapshot();
    expect(axes.map((a) => a.number)).toEqual([1, 2, 3, 4, 5]);
    expect(actions.map((a) => a.code)).toEqual(seed.actions.map((a) => a.code));
    expect(activities.map((a) => a.code)).toEqual(seed.activities.map((a) => a.code));
    expect(activities).toHaveLength(108);
    const first = activities[0];
    expect(first).toMatchObject({
      code: '1.1.1',
      action: '1.1',
      axis: 1,
      status: 'not_started',
      progress: 0,
      __v: 0,
    });
    expect(first?.text).toMatch(
      /^Fortalecer o Comitê Nacional de Enfrentamento ao Tráfico de Pessoas - CONATRAP/,
    );
    expect(first?.searchText).toContain('comite nacional de enfrentamento ao trafico de pessoas');
    const fromSource = sourceActivityCodes();
    if (fromSource) expect([...fromSource].sort()).toEqual(activities.map((a) => a.code).sort());
  });

  it('changes nothing when run again, and keeps edits made through the API', async () => {
    await models.activities
      .updateOne(
        { code: '2.5.1' },
        { $set: { status: 'in_progress', dueDate: '2026-06-30' }, $inc: { __v: 1 } },
      )
      .exec();
    const before = await snapshot();

    expect(await loadPlanSeed(models, seed, new Date('2030-01-01T00:00:00Z'))).toEqual({
      axes: 0,
      actions: 0,
      activities: 0,
    });

    const after = await snapshot();
    expect(after).toEqual(before);
    expect(after.activities.find((a) => a.code === '2.5.1')).toMatchObject({
      status: 'in_progress',
      dueDate: '2026-06-30',
      __v: 1,
    });
  });

  it('restores a deleted activity without touching the others', async () => {
    await models.activities.deleteOne({ code: '5.1.1' }).exec();
    expect(await loadPlanSeed(models, seed)).toEqual({ axes: 0, actions: 0, activities: 1 });
    expect(await models.activities.countDocuments().exec()).toBe(108);
    expect(await models.activities.findOne({ code: '2.5.1' }).lean().exec()).toMatchObject({
      status: 'in_progress',
    });
  });
});
