import { Controller, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Payload } from '@nestjs/microservices';
import type { INestApplicationContext, INestMicroservice } from '@nestjs/common';
import { DomainError, type Caller, type RpcRequest } from '@elo/contracts';
import { currentContext, runWithContext } from '@elo/observability';
import { startNats, type TestNats } from '@elo/testing';
import { RpcClient } from './rpc-client';
import { RpcClientModule } from './rpc-client.module';
import { RpcContextInterceptor, RpcErrorFilter, RpcHandler, natsMicroserviceOptions } from './rpc-server';

const CALLER: Caller = { clientId: 'elo_test', institutionId: 'inst-1', roles: ['agency'] };

@Controller()
class FakeDirectory {
  @RpcHandler('directory.institution.get')
  get(@Payload() input: RpcRequest<'directory.institution.get'>) {
    if (input.id === 'missing') throw new DomainError('DIRECTORY.INSTITUTION_NOT_FOUND', 'nope');
    if (input.id === 'crash') throw new Error('database password leaked in message');
    if (input.id === 'slow') return new Promise(() => undefined);
    const ctx = currentContext();
    return { id: input.id, correlationId: ctx?.correlationId, caller: ctx?.caller };
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
    server.useGlobalInterceptors(new RpcContextInterceptor());
    server.useGlobalFilters(new RpcErrorFilter());
    await server.listen();
    clientApp = await NestFactory.createApplicationContext(
      RpcClientModule.forRoot({ servers: [nats.url], name: 'test', timeoutMs: 1_000 }),
      { logger: false },
    );
    rpc = clientApp.get(RpcClient);
  });

  afterAll(async () => {
    await clientApp?.close();
    await server?.close();
    await nats?.stop();
  });

  it('carries the correlation id and the caller in headers', async () => {
    const reply = await runWithContext({ correlationId: 'corr-42', caller: CALLER }, () =>
      rpc.send('directory.institution.get', { id: 'abc' }),
    );
    expect(reply).toEqual({ id: 'abc', correlationId: 'corr-42', caller: CALLER });
  });

  it('turns a coded error into the same DomainError on the caller side', async () => {
    await expect(rpc.send('directory.institution.get', { id: 'missing' })).rejects.toMatchObject({
      code: 'DIRECTORY.INSTITUTION_NOT_FOUND',
      message: 'nope',
    });
  });

  it('hides unexpected errors behind COMMON.INTERNAL', async () => {
    const error = await rpc.send('directory.institution.get', { id: 'crash' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'COMMON.INTERNAL' });
    expect((error as Error).message).not.toMatch(/password/);
  });

  it('gives up with COMMON.TIMEOUT when the service does not answer', async () => {
    await expect(rpc.send('directory.institution.get', { id: 'slow' }, 300)).rejects.toMatchObject({
      code: 'COMMON.TIMEOUT',
    });
  });
});
