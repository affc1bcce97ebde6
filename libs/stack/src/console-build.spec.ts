import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { consoleBuildStale } from './console-build';

describe('the console build check of npm start', () => {
  let root: string;
  const source = () => path.join(root, 'src');
  const dist = () => path.join(root, 'dist');
  const touch = (file: string, secondsAgo: number) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'x');
    const at = new Date(Date.now() - secondsAgo * 1000);
    fs.utimesSync(file, at, at);
  };

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'elo-console-build-'));
    touch(path.join(source(), 'pages', 'a.tsx'), 100);
    fs.utimesSync(source(), new Date(Date.now() - 100_000), new Date(Date.now() - 100_000));
    fs.utimesSync(
      path.join(source(), 'pages'),
      new Date(Date.now() - 100_000),
      new Date(Date.now() - 100_000),
    );
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('builds when there is no build', () => {
    expect(consoleBuildStale(source(), dist())).toBe(true);
  });

  it('keeps a build newer than every source, and rebuilds after a source changes', () => {
    touch(path.join(dist(), 'index.html'), 10);
    expect(consoleBuildStale(source(), dist())).toBe(false);
    touch(path.join(source(), 'pages', 'a.tsx'), 0);
    expect(consoleBuildStale(source(), dist())).toBe(true);
  });
});
