import 'reflect-metadata';
import { Controller, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
// A bare @MessagePattern is what the boot check exists to catch.
// eslint-disable-next-line no-restricted-imports
import { MessagePattern } from '@nestjs/microservices';
import type { RpcPattern } from '@elo/contracts';
import { assertCatalogHandlers } from './catalog-check';
import { RpcHandler } from './rpc-handler';

@Controller()
class CatalogOnly {
  @RpcHandler('directory.institution.get')
  get(): never {
    throw new Error('not called');
  }
}

@Controller()
class Bypassing {
  @MessagePattern('directory.institution.list')
  list(): never {
    throw new Error('not called');
  }
}

async function boot(controller: new () => unknown): Promise<() => void> {
  @Module({ controllers: [controller] })
  class TestModule {}
  const app = await NestFactory.createApplicationContext(TestModule, { logger: false });
  return () => {
    try {
      assertCatalogHandlers(app);
    } finally {
      void app.close();
    }
  };
}

describe('the RPC catalog at boot', () => {
  it('accepts handlers made by @RpcHandler', async () => {
    expect(await boot(CatalogOnly)).not.toThrow();
  });

  it('refuses a handler that bypasses the catalog', async () => {
    expect(await boot(Bypassing)).toThrow(/Bypassing\.list/);
  });

  it('refuses a pattern that is not in the catalog', () => {
    expect(() => RpcHandler('directory.nothing.here' as RpcPattern)).toThrow(/not in RPC_CATALOG/);
  });
});
