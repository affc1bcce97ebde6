import { Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import {
  DomainError,
  parseDeadLetterId,
  validationError,
  type EventService,
  type PageQuery,
} from '@elo/contracts';
import { NoServiceRunningError, RpcClient } from '@elo/messaging';
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
    // A named service must run (400 naming it otherwise, 503 when NATS is away); across all, a silent
    // one is reported in `unavailable`, not fatal.
    const { service } = query;
    if (service) {
      return pageAcross([service], page, fetch, false).catch((error: unknown) => {
        if (error instanceof NoServiceRunningError) throw validationError('service', 'is not running');
        throw error;
      });
    }
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
    return this.rpc.send(`${serviceOf(id)}.dead-letter.replay`, { id }).catch(notRunningIsNotFound(id));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Discard a dead letter' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404)
  async remove(@ZodParams(deadLetterParamsSchema) { id }: DeadLetterParams): Promise<void> {
    await this.rpc.send(`${serviceOf(id)}.dead-letter.delete`, { id }).catch(notRunningIsNotFound(id));
  }
}

/** An id whose service is not running (not deployed) names no dead letter that can be reached: 404, not 503. */
function notRunningIsNotFound(id: string) {
  return (error: unknown): never => {
    if (error instanceof NoServiceRunningError) {
      throw new DomainError(
        'MESSAGING.DEAD_LETTER_NOT_FOUND',
        `No dead letter with id ${id}: its service is not running.`,
      );
    }
    throw error;
  };
}

function serviceOf(id: string): EventService {
  const parsed = parseDeadLetterId(id);
  if (!parsed) throw validationError('id', 'must be <service>.<24 hex characters>');
  return parsed.service;
}
