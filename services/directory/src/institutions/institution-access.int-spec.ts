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
      RpcClientModule.forRoot({ servers: [directory.nats.url], name: 'test', timeoutMs: 5_000 }),
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
