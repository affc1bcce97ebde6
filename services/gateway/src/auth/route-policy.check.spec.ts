import { Controller, Get, Module, Post } from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';
import { Public, Roles } from './access.decorators';
import { RoutePolicyCheck } from './route-policy.check';

@Controller('declared')
class DeclaredController {
  @Get() @Roles('viewer') list() {}
  @Get('ping') @Public() ping() {}
}

@Controller('forgotten')
class ForgottenController {
  @Get() @Roles('viewer') list() {}
  @Post() create() {}
}

function moduleWith(...controllers: (new () => unknown)[]) {
  @Module({ imports: [DiscoveryModule], controllers, providers: [RoutePolicyCheck] })
  class TestModule {}
  return TestModule;
}

describe('RoutePolicyCheck', () => {
  it('boots when every operation declares @Roles or @Public', async () => {
    const app = await NestFactory.createApplicationContext(moduleWith(DeclaredController), { logger: false });
    await app.close();
  });

  it('refuses to boot, naming the operation, when one declares neither', async () => {
    await expect(
      NestFactory.createApplicationContext(moduleWith(DeclaredController, ForgottenController), {
        logger: false,
        abortOnError: false,
      }),
    ).rejects.toThrow('Operations without @Roles(...) or @Public(): ForgottenController.create');
  });
});
