import { Body, Controller, Get, Module, Param, Post, Query } from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';
import { z } from 'zod';
import { ZodBody, ZodParams, ZodQuery } from '../openapi/zod-http';
import { RouteInputCheck, unvalidatedInputs } from './route-input.check';

const schema = z.strictObject({ id: z.string().meta({ description: 'id' }) });

@Controller('checked')
class CheckedController {
  @Get(':id') get(@ZodParams(schema) _params: unknown, @ZodQuery(schema) _query: unknown) {}
  @Post() create(@ZodBody('RouteInputCheckBody', schema) _body: unknown) {}
}

@Controller('unchecked')
class UncheckedController {
  @Get(':id') get(@Param() _params: unknown, @Query('q') _q: unknown) {}
  @Post() create(@Body() _body: unknown) {}
}

function moduleWith(...controllers: (new () => unknown)[]) {
  @Module({ imports: [DiscoveryModule], controllers, providers: [RouteInputCheck] })
  class TestModule {}
  return TestModule;
}

describe('RouteInputCheck', () => {
  it('names every body, query or path parameter without a zod schema', () => {
    expect(unvalidatedInputs(CheckedController)).toEqual([]);
    expect(unvalidatedInputs(UncheckedController).sort()).toEqual([
      'UncheckedController.create#0',
      'UncheckedController.get#0',
      'UncheckedController.get#1',
    ]);
  });

  it('boots when every input has one, and refuses to otherwise', async () => {
    const app = await NestFactory.createApplicationContext(moduleWith(CheckedController), { logger: false });
    await app.close();
    await expect(
      NestFactory.createApplicationContext(moduleWith(CheckedController, UncheckedController), {
        logger: false,
        abortOnError: false,
      }),
    ).rejects.toThrow('Inputs without a schema');
  });
});
