import { Controller, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext, INestMicroservice } from '@nestjs/common';
import { DomainError, type Caller, type RpcRequest } from '@elo/contracts';
import { currentContext, runWithContext } from '@elo/observability';
import { codeOf, startNats, type TestNats } from '@elo/testing';
import { RpcClient } from './rpc-client';
import { RpcClientModule } from './rpc-client.module';
import { RpcHandler } from './rpc-handler';
import { RpcContextInterceptor, RpcErrorFilter, natsMicroserviceOptions } from './rpc-server';
import { assertionVerifier, busCredentialsFromEnv } from '../trust/bus-credentials';

const CALLER: Caller = { clientId: 'elo_test', institutionId: 'inst-1', roles: ['agency'] };
const ID = (n: number) => n.toString(16).padStart(24, '0');
const [FOUND, MISSING, CRASH, SLOW] = [1, 2, 3, 4].map(ID);

@Controller()
class FakeDirectory {
  @RpcHandler('directory.institution.get')
  get(input: RpcRequest<'directory.institution.get'>, caller: Caller) {
    if (input.id === MISSING) throw new DomainError('DIRECTORY.INSTITUTION_NOT_FOUND', 'nope');
    if (input.id === CRASH) throw new Error('database password leaked in message');
    if (input.id === SLOW) return new Promise<never>(() => undefined);
    const ctx = currentContext();
    return { id: input.id, correlationId: ctx?.correlationId, caller } as never;
  }

  @RpcHandler('directory.institution.create')
  create(): never {
    throw new Error('an agency must never get here');
  }
}

@Module({ controllers: [FakeDirectory] })
class FakeDirectoryModule {}

describe('NATS request/reply', () => {
  let nats: TestNats;
  let server: INestMicroservice;
  let clientApp: INestApplicationContext;
  let rpc: RpcClient;

  beforeAll(async () => {
    nats = await startNats();
    server = await NestFactory.createMicroservice(FakeDirectoryModule, {
      ...natsMicroserviceOptions([nats.url], 'directory'),
      logger: false,
    });
    server.useGlobalInterceptors(new RpcContextInterceptor(await assertionVerifier(busCredentialsFromEnv())));
    server.useGlobalFilters(new RpcErrorFilter());
    await server.listen();
    clientApp = await NestFactory.createApplicationContext(
      RpcClientModule.forRoot({ servers: [nats.url], name: 'test', timeoutMs: 20_000 }),
      { logger: false },
    );
    rpc = clientApp.get(RpcClient);
  });

  afterAll(async () => {
    await clientApp?.close();
    await server?.close();
    await nats?.stop();
  });

  const asCaller = <T>(fn: () => Promise<T>) =>
    runWithContext({ correlationId: 'corr-42', caller: CALLER }, fn);
  const anonymous = <T>(fn: () => Promise<T>) => runWithContext({ correlationId: 'corr-43' }, fn);

  it('carries the correlation id and hands the verified caller to the handler', async () => {
    const reply = await asCaller(() => rpc.send('directory.institution.get', { id: FOUND }));
    expect(reply).toEqual({ id: FOUND, correlationId: 'corr-42', caller: CALLER });
  });

  it('parses every request with the catalog schema before the handler runs', async () => {
    const bad = { id: { $gt: '' } } as unknown as { id: string };
    const error = await asCaller(() => rpc.send('directory.institution.get', bad)).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'COMMON.VALIDATION',
      errors: [expect.objectContaining({ field: 'id' })],
    });
    const extra = { id: FOUND, $where: 'sleep(1)' } as unknown as { id: string };
    await expect(codeOf(asCaller(() => rpc.send('directory.institution.get', extra)))).resolves.toBe(
      'COMMON.VALIDATION',
    );
  });

  it('checks the caller against the pattern’s access before the handler runs', async () => {
    await expect(codeOf(anonymous(() => rpc.send('directory.institution.get', { id: FOUND })))).resolves.toBe(
      'AUTH.UNAUTHENTICATED',
    );
    const create = { name: 'Instituto', acronym: 'INST', kind: 'federal_body' as const };
    await expect(codeOf(asCaller(() => rpc.send('directory.institution.create', create)))).resolves.toBe(
      'AUTH.FORBIDDEN',
    );
  });

  it('turns a coded error into the same DomainError on the caller side', async () => {
    await expect(
      asCaller(() => rpc.send('directory.institution.get', { id: MISSING })),
    ).rejects.toMatchObject({
      code: 'DIRECTORY.INSTITUTION_NOT_FOUND',
      message: 'nope',
    });
  });

  it('hides unexpected errors behind COMMON.INTERNAL', async () => {
    const error = await asCaller(() => rpc.send('directory.institution.get', { id: CRASH })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'COMMON.INTERNAL' });
    expect((error as Error).message).not.toMatch(/password/);
  });

  it('gives up with COMMON.TIMEOUT when the service does not answer', async () => {
    await expect(
      asCaller(() => rpc.send('directory.institution.get', { id: SLOW }, 300)),
    ).rejects.toMatchObject({
      code: 'COMMON.TIMEOUT',
    });
  });

  it('answers COMMON.SERVICE_UNAVAILABLE when no service listens on the pattern', async () => {
    // A long timeout: waiting for it would end as COMMON.TIMEOUT; NATS says at once that nobody listens.
    await expect(
      asCaller(() => rpc.send('plan-tracking.activity.get', { code: '1.1.1' }, 30_000)),
    ).rejects.toMatchObject({ code: 'COMMON.SERVICE_UNAVAILABLE' });
  });
});
