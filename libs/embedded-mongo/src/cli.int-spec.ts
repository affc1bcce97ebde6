import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MongoClient } from 'mongodb';
import { SNAPSHOT_FILE } from './snapshot';

const repoRoot = resolve(__dirname, '../../..');

function startCli(args: string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['-r', '@swc-node/register', 'libs/embedded-mongo/src/cli.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, NODE_OPTIONS: '' },
  });
}

async function firstLine(child: ChildProcessWithoutNullStreams): Promise<string> {
  let output = '';
  for await (const chunk of child.stdout) {
    output += String(chunk);
    if (output.includes('\n')) return output.split('\n')[0] ?? '';
  }
  throw new Error(`cli exited before printing its URI: ${output}`);
}

describe('embedded-mongo CLI', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'embedded-mongo-cli-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('prints its URI, serves clients and snapshots on SIGTERM', async () => {
    const child = startCli(['--port', '0', '--data-dir', dataDir]);
    const exited = once(child, 'exit');
    try {
      const uri = await firstLine(child);
      expect(uri).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+$/);
      const client = await MongoClient.connect(uri);
      await client.db('cli').collection('c').insertOne({ from: 'cli' });
      await client.close();
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
    expect(await readdir(dataDir)).toContain(SNAPSHOT_FILE);

    const again = startCli(['--data-dir', dataDir]);
    const exitedAgain = once(again, 'exit');
    try {
      const client = await MongoClient.connect(await firstLine(again));
      expect(
        await client
          .db('cli')
          .collection('c')
          .findOne({}, { projection: { _id: 0 } }),
      ).toEqual({ from: 'cli' });
      await client.close();
    } finally {
      again.kill('SIGINT');
    }
    expect(((await exitedAgain) as [number | null])[0]).toBe(0);
  }, 60_000);
});
