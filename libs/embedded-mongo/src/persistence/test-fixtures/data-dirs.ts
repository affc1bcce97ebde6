import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Temporary data directories for one test file, removed after it. */
export function dataDirs(): { make(): Promise<string>; crashImage(dir: string): Promise<string> } {
  const made: string[] = [];
  afterAll(async () => {
    await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
  });
  const make = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'embedded-mongo-'));
    made.push(dir);
    return dir;
  };
  return {
    make,
    // What a crash at this instant would leave on disk: a copy of the files as they are.
    async crashImage(dir) {
      const copy = await make();
      await cp(dir, copy, { recursive: true });
      return copy;
    },
  };
}
