import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../auth/access.decorators';
import { buildAsyncApi } from './asyncapi';

/** The AsyncAPI document of the event backbone, public like the OpenAPI one. */
@ApiExcludeController()
@Controller('docs')
@Public()
export class AsyncApiController {
  private readonly document = buildAsyncApi();

  @Get('asyncapi.json')
  @Header('Cache-Control', 'no-cache')
  asyncApi(): Record<string, unknown> {
    return this.document;
  }
}
