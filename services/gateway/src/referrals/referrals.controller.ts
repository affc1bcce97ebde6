import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  referralBoxQuerySchema,
  referralTransitionSchema,
  sendReferralSchema,
  statisticsQuerySchema,
  type Page,
  type Referral,
  type ReferralBoxQuery,
  type ReferralTransition,
  type SendReferral,
  type StatisticsQuery,
  type StatisticsTable,
  type Identifiers,
} from '@elo/contracts';
import { RpcClient } from '@elo/messaging';
import { Roles } from '../auth/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import { ZodBody, ZodParams, ZodQuery } from '../openapi/zod-http';
import { ApiZodCreated, ApiZodOk } from '../openapi/zod-openapi';
import { identifierReadSchema, referralRefSchema, type IdentifierRead } from './referral-params';

// Responses are documented loosely: the service's contract types are interfaces, not schemas.
const anyObject = z.object({}).passthrough();

/** Referrals between agencies: every query is scoped by the service from the verified caller. */
@ApiTags('referrals')
@Controller('v1/referrals')
export class ReferralsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Roles('agency')
  @HttpCode(201)
  @ApiOperation({ summary: 'Refer an owned case to another institution (the server decides what is shared)' })
  @ApiZodCreated(anyObject, 'The referral, with its sharing decision')
  @ApiProblems(400, 401, 403, 404)
  send(@ZodBody('SendReferralInput', sendReferralSchema) body: SendReferral): Promise<Referral> {
    return this.rpc.send('referrals.referral.send', body);
  }

  @Get('inbox')
  @Roles('agency')
  @ApiOperation({
    summary: 'Referrals received by the caller’s institution (filters: status, urgency, overdue)',
  })
  @ApiZodOk(anyObject)
  @ApiProblems(400, 401, 403)
  inbox(@ZodQuery(referralBoxQuerySchema) query: ReferralBoxQuery): Promise<Page<Referral>> {
    return this.rpc.send('referrals.referral.inbox', query);
  }

  @Get('outbox')
  @Roles('agency')
  @ApiOperation({ summary: 'Referrals sent by the caller’s institution (filters: status, urgency, overdue)' })
  @ApiZodOk(anyObject)
  @ApiProblems(400, 401, 403)
  outbox(@ZodQuery(referralBoxQuerySchema) query: ReferralBoxQuery): Promise<Page<Referral>> {
    return this.rpc.send('referrals.referral.outbox', query);
  }

  @Get('statistics')
  @Roles('agency', 'coordinator', 'viewer')
  @ApiOperation({
    summary: 'Case counts by one or two dimensions; counts under 11 and their complements suppressed',
  })
  @ApiZodOk(anyObject)
  @ApiProblems(400, 401, 403)
  statistics(@ZodQuery(statisticsQuerySchema) query: StatisticsQuery): Promise<StatisticsTable> {
    return this.rpc.send('referrals.statistics', query);
  }

  @Get(':id')
  @Roles('agency', 'coordinator')
  @ApiOperation({ summary: 'A referral and its case core (404 for a third institution)' })
  @ApiZodOk(anyObject)
  @ApiProblems(400, 401, 403, 404)
  get(@ZodParams(referralRefSchema) { id }: { id: string }): Promise<Referral> {
    return this.rpc.send('referrals.referral.get', { id });
  }

  @Post(':id/identifier-reads')
  @Roles('agency')
  @HttpCode(200)
  @ApiOperation({ summary: 'Read the case identifiers for a stated purpose (audited; 403 when not shared)' })
  @ApiZodOk(anyObject)
  @ApiProblems(400, 401, 403, 404, 410)
  identifiers(
    @ZodParams(referralRefSchema) { id }: { id: string },
    @ZodBody('IdentifierReadInput', identifierReadSchema) body: IdentifierRead,
  ): Promise<Identifiers> {
    return this.rpc.send('referrals.referral.identifiers', { id, purpose: body.purpose });
  }

  @Post(':id/transitions')
  @Roles('agency')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Accept, reject, start, complete (receiver) or revoke (sender); 409 for the loser of a race',
  })
  @ApiZodOk(anyObject)
  @ApiProblems(400, 401, 403, 404, 409)
  transition(
    @ZodParams(referralRefSchema) { id }: { id: string },
    @ZodBody('ReferralTransitionInput', referralTransitionSchema) transition: ReferralTransition,
  ): Promise<Referral> {
    return this.rpc.send('referrals.referral.transition', { id, transition });
  }
}
