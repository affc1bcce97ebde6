import type { Document } from 'mongodb';
import { serverError } from '../test-utils/server-error';
import { conformanceTargets, useTarget } from '../test-utils/targets';

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
      const where = await serverError(places().find({ $where: 'this.name === "a"' }).toArray());
      expect(where).toMatchObject({ code: 6108304, message: 'no globalScriptEngine in $where parsing' });
      const fn = await serverError(
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
        const error = await serverError(places().find(filter).toArray());
        expect(error).toMatchObject({ code: 238, codeName: 'NotImplemented' });
      }
      const geoNear = await serverError(
        places()
          .aggregate([{ $geoNear: { near: [0, 0], distanceField: 'd' } }])
          .toArray(),
      );
      expect(geoNear.code).toBe(238);
    });

    it('refuses change streams as a standalone mongod does', async () => {
      const stream = places().watch();
      const error = await serverError(stream.tryNext());
      await stream.close();
      expect(error.code).toBe(40573);
    });
  },
);
