import { MongoServerError, type Document } from 'mongodb';
import { conformanceTargets, useTarget } from '../test-utils/targets';

const failure = async (promise: Promise<unknown>): Promise<MongoServerError> => {
  const error: unknown = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(MongoServerError);
  return error as MongoServerError;
};

// The engine is a standalone without a JavaScript engine, geo or text search: each refusal
// carries the code a mongod in that situation gives, or NotImplemented (238).
describe.each(conformanceTargets().filter((target) => target.embedded))(
  'unsupported features [$name]',
  (target) => {
    const session = useTarget(target, 'unsupported');
    const places = () => session().db.collection<Document>('places');

    beforeAll(async () => {
      await places().insertOne({ name: 'a', loc: [0, 0] });
    });

    it('refuses server-side JavaScript as a mongod with javascriptEnabled: false', async () => {
      const where = await failure(places().find({ $where: 'this.name === "a"' }).toArray());
      expect(where).toMatchObject({ code: 6108304, message: 'no globalScriptEngine in $where parsing' });
      const fn = await failure(
        places()
          .aggregate([{ $addFields: { x: { $function: { body: 'function() {}', args: [], lang: 'js' } } } }])
          .toArray(),
      );
      expect(fn.code).toBe(31264);
    });

    it('answers NotImplemented for geo and text queries', async () => {
      for (const filter of [
        { loc: { $near: [0, 0] } },
        { loc: { $geoWithin: { $center: [[0, 0], 1] } } },
        { $text: { $search: 'a' } },
      ]) {
        const error = await failure(places().find(filter).toArray());
        expect(error).toMatchObject({ code: 238, codeName: 'NotImplemented' });
      }
      const geoNear = await failure(
        places()
          .aggregate([{ $geoNear: { near: [0, 0], distanceField: 'd' } }])
          .toArray(),
      );
      expect(geoNear.code).toBe(238);
    });

    it('refuses change streams as a standalone mongod does', async () => {
      const stream = places().watch();
      const error = await failure(stream.tryNext());
      await stream.close();
      expect(error.code).toBe(40573);
    });
  },
);
