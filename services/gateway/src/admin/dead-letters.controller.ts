import { Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { parseDeadLetterId, validationError, type EventService, type PageQuery } from '@elo/contracts';
import { RpcClient } from '@elo/messaging';
import { Roles } from '../auth/access.decorators';
import { deadLetterParamsSchema } from '../common/params';
import { ApiProblems } from '../common/problem.dto';
import { ZodParams, ZodQuery } from '../openapi/zod-http';
import { DeadLetterPageDto, ReplayResultDto, listDeadLettersQuerySchema } from './dead-letter.dto';

type DeadLetterParams = z.output<typeof deadLetterParamsSchema>;
import { consumingServices, pageAcross } from './dead-letter-pages';

/** Events that consumers gave up on, kept by each service; the id names the owning service. */
@ApiTags('admin')
@Controller('v1/admin/dead-letters')
@Roles('admin')
export class DeadLettersController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @ApiOperation({
    summary:
      'List dead letters (paged), of one service, or of every consuming service (those not answering are listed in unavailable)',
  })
  @ApiOkResponse({ type: DeadLetterPageDto })
  @ApiProblems(400)
  async list(
    @ZodQuery(listDeadLettersQuerySchema) query: z.output<typeof listDeadLettersQuerySchema>,
  ): Promise<DeadLetterPageDto> {
    const page: PageQuery = { limit: query.limit, cursor: query.cursor };
    const fetch = (service: EventService, q: PageQuery) => this.rpc.send(`${service}.dead-letter.list`, q);
    // One named service must answer (503 otherwise); across all, a silent one is reported, not fatal.
    if (query.service) return pageAcross([query.service], page, fetch, false);
    return pageAcross(consumingServices(), page, fetch);
  }

  @Post(':id/replay')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Run the event through the same handler again; on success the dead letter is removed (409 if it fails again)',
  })
  @ApiOkResponse({ type: ReplayResultDto })
  @ApiProblems(400, 404, 409)
  replay(@ZodParams(deadLetterParamsSchema) { id }: DeadLetterParams): Promise<ReplayResultDto> {
    return this.rpc.send(`${serviceOf(id)}.dead-letter.replay`, { id });
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Discard a dead letter' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404)
  async remove(@ZodParams(deadLetterParamsSchema) { id }: DeadLetterParams): Promise<void> {
    await this.rpc.send(`${serviceOf(id)}.dead-letter.delete`, { id });
  }
}

function serviceOf(id: string): EventService {
  const parsed = parseDeadLetterId(id);
  if (!parsed) throw validationError('id', 'must be <service>.<24 hex characters>');
  return parsed.service;
}
