import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { Caller } from '@elo/contracts';
import { RpcClient, RpcClientModule } from '@elo/messaging';
import { runWithContext } from '@elo/observability';
import { startDirectoryUnderTest, type DirectoryUnderTest } from '../test-support';

const INPUT = { name: 'Secretaria de Acesso', acronym: 'SEACESSO', kind: 'state_body' } as const;
const as = (...roles: Caller['roles']): Caller => ({ clientId: 'elo_t', institutionId: 'i', roles });

// The gateway already checks roles; the directory must not rely on it.
describe('directory: institution writes and dead letters are for admins, whoever reaches NATS', () => {
  let directory: DirectoryUnderTest;
  let client: INestApplicationContext;
  let rpc: RpcClient;

  beforeAll(async () => {
    directory = await startDirectoryUnderTest('dir-access');
    client = await NestFactory.createApplicationContext(
      RpcClientModule.forRoot({ servers: [directory.nats.url], name: 'test', timeoutMs: 20_000 }),
      { logger: false },
    );
    rpc = client.get(RpcClient);
  }, 60_000);

  afterAll(async () => {
    await client?.close();
    await directory?.stop();
  });

  const create = (caller?: Caller) =>
    runWithContext({ correlationId: 'c', caller }, () =>
      rpc.send('directory.institution.create', { ...INPUT }),
    );

  it('refuses a create with no caller or without the admin role, and changes nothing', async () => {
    await expect(create()).rejects.toMatchObject({ code: 'AUTH.UNAUTHENTICATED' });
    await expect(create(as('agency', 'coordinator'))).rejects.toMatchObject({ code: 'AUTH.FORBIDDEN' });
    const list = await runWithContext({ correlationId: 'c', caller: as('viewer') }, () =>
      rpc.send('directory.institution.list', { limit: 100 }),
    );
    expect(list.items.map((i) => i.acronym)).not.toContain('SEACESSO');
  });

  it('refuses an update without the admin role and accepts both from an admin', async () => {
    const created = await create(as('admin'));
    const update = (caller: Caller) =>
      runWithContext({ correlationId: 'c', caller }, () =>
        rpc.send('directory.institution.update', { id: created.id, changes: { uf: 'PA' } }),
      );
    await expect(update(as('viewer'))).rejects.toMatchObject({ code: 'AUTH.FORBIDDEN' });
    await expect(update(as('admin'))).resolves.toMatchObject({ uf: 'PA', version: 1 });
  });

  it('answers COMMON.VALIDATION to an admin sending bad input, and changes nothing', async () => {
    const admin = as('admin');
    const send = <P extends 'directory.institution.create' | 'directory.institution.update'>(
      pattern: P,
      input: unknown,
    ) => runWithContext({ correlationId: 'c', caller: admin }, () => rpc.send(pattern, input as never));
    const created = await send('directory.institution.create', { ...INPUT, acronym: 'SEVALID' });
    const bad = [
      { ...INPUT, acronym: 'SEBAD', kind: 'bogus' },
      { ...INPUT, acronym: 'SEBAD', name: null },
      { ...INPUT, acronym: 'SEBAD', networks: 'NETP' },
      { ...INPUT, acronym: 'SEBAD', outbox: [] },
    ];
    for (const input of bad) {
      await expect(send('directory.institution.create', input)).rejects.toMatchObject({
        code: 'COMMON.VALIDATION',
      });
    }
    for (const changes of [{ name: null }, { kind: 'bogus' }, { acronymKey: 'X' }, { uf: 7 }]) {
      await expect(send('directory.institution.update', { id: created.id, changes })).rejects.toMatchObject({
        code: 'COMMON.VALIDATION',
      });
    }
    await expect(
      send('directory.institution.update', { id: { $ne: '' }, changes: {} }),
    ).rejects.toMatchObject({
      code: 'COMMON.VALIDATION',
    });
    const list = await runWithContext({ correlationId: 'c', caller: admin }, () =>
      rpc.send('directory.institution.list', { limit: 100 }),
    );
    expect(list.items.map((i) => i.acronym)).not.toContain('SEBAD');
    expect(list.items.find((i) => i.id === created.id)).toEqual(created);
  });

  it('answers COMMON.VALIDATION to an admin sending a bad client request, and creates none', async () => {
    const admin = as('admin');
    const institution = await runWithContext({ correlationId: 'c', caller: admin }, () =>
      rpc.send('directory.institution.create', { ...INPUT, acronym: 'SECLIENT' }),
    );
    const send = (input: unknown) =>
      runWithContext({ correlationId: 'c', caller: admin }, () =>
        rpc.send('directory.client.create', input as never),
      );
    const bad = [
      { institutionId: institution.id, name: 'x'.repeat(101), roles: ['viewer'] },
      { institutionId: institution.id, name: 'Sistema', roles: ['root'] },
      { institutionId: institution.id, name: 'Sistema', roles: [] },
      { institutionId: { $ne: '' }, name: 'Sistema', roles: ['viewer'] },
    ];
    for (const input of bad) {
      await expect(send(input)).rejects.toMatchObject({ code: 'COMMON.VALIDATION' });
    }
    const clients = await runWithContext({ correlationId: 'c', caller: admin }, () =>
      rpc.send('directory.client.list', { institutionId: institution.id, limit: 10 }),
    );
    expect(clients.items).toEqual([]);
  });

  it('refuses dead-letter list, replay and delete without the admin role', async () => {
    const send = (caller: Caller | undefined, pattern: 'list' | 'replay' | 'delete') =>
      runWithContext({ correlationId: 'c', caller }, () =>
        pattern === 'list'
          ? rpc.send('directory.dead-letter.list', { limit: 10 })
          : rpc.send(`directory.dead-letter.${pattern}`, { id: 'directory.0123456789abcdef01234567' }),
      );
    for (const pattern of ['list', 'replay', 'delete'] as const) {
      await expect(send(undefined, pattern)).rejects.toMatchObject({ code: 'AUTH.UNAUTHENTICATED' });
      await expect(send(as('agency', 'coordinator', 'viewer'), pattern)).rejects.toMatchObject({
        code: 'AUTH.FORBIDDEN',
      });
    }
    await expect(send(as('admin'), 'list')).resolves.toMatchObject({ items: [] });
    await expect(send(as('admin'), 'delete')).rejects.toMatchObject({
      code: 'MESSAGING.DEAD_LETTER_NOT_FOUND',
    });
  });
});
