import { writeAtVersion, type VersionedWrite } from './versioned-write';

/** A store at version 2 whose write succeeds only on the attempts listed in `winsOn` (1-based). */
function store(winsOn: number[] = []) {
  let reads = 0;
  let writes = 0;
  const op: VersionedWrite<{ version: number }, string> = {
    what: 'Thing 7',
    read: async () => {
      reads++;
      return { version: 2 };
    },
    version: (current) => current.version,
    write: async () => (winsOn.includes(++writes) ? `written on ${writes}` : null),
  };
  return { op, reads: () => reads, writes: () => writes };
}

describe('writeAtVersion', () => {
  it('fails its precondition without writing when the expected version is not the current one', async () => {
    const { op, writes } = store([1]);
    await expect(writeAtVersion({ ...op, expectedVersion: 1 })).rejects.toMatchObject({
      code: 'COMMON.PRECONDITION_FAILED',
      message: expect.stringContaining('Thing 7'),
    });
    expect(writes()).toBe(0);
  });

  it('fails its precondition, without retrying, when the expected version loses its race', async () => {
    const { op, writes } = store([2]);
    await expect(writeAtVersion({ ...op, expectedVersion: 2 })).rejects.toMatchObject({
      code: 'COMMON.PRECONDITION_FAILED',
    });
    expect(writes()).toBe(1);
  });

  it('writes at the expected version when it is current', async () => {
    const { op } = store([1]);
    await expect(writeAtVersion({ ...op, expectedVersion: 2 })).resolves.toBe('written on 1');
  });

  it('without an expected version, reads again after a lost race and wins later', async () => {
    const { op, reads } = store([3]);
    await expect(writeAtVersion(op)).resolves.toBe('written on 3');
    expect(reads()).toBe(3);
  });

  it('ends as a concurrent modification after its attempts are spent', async () => {
    const { op, writes } = store();
    await expect(
      writeAtVersion({ ...op, attempts: 5, conflictHint: 'it will be retried' }),
    ).rejects.toMatchObject({
      code: 'COMMON.CONCURRENT_MODIFICATION',
      message: 'Thing 7 was changed by someone else; it will be retried.',
    });
    expect(writes()).toBe(5);
  });

  it('lets the read’s own error through (not found)', async () => {
    const { op } = store([1]);
    const missing = new Error('gone');
    await expect(writeAtVersion({ ...op, read: () => Promise.reject(missing) })).rejects.toBe(missing);
  });
});
