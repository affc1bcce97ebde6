import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  listPartnershipsQuerySchema,
  amendmentInputSchema,
  commitmentCompletionSchema,
  commitmentInputSchema,
  commitmentUpdateSchema,
  createPartnershipSchema,
  historySchema,
  partnershipPageSchema,
  partnershipSchema,
  partnershipSummarySchema,
  renewalInputSchema,
  transitionInputSchema,
  updatePartnershipSchema,
  type AmendmentInput,
  type CommitmentCompletion,
  type CommitmentInput,
  type CommitmentUpdate,
  type HistoryEntry,
  type ListPartnershipsQuery,
  type NewPartnership,
  type Page,
  type Partnership,
  type PartnershipSummary,
  type RenewalInput,
  type TransitionInput,
  type UpdatePartnershipInput,
} from '@elo/contracts';
import { RpcClient } from '@elo/messaging';
import { Roles } from '../auth/access.decorators';
import { ApiIfMatch, IfMatch } from '../common/etag';
import { ApiProblems } from '../common/problem.dto';
import { commitmentRefSchema, partnershipRefSchema } from './partnership-params';
import { ZodBody, ZodParams, ZodQuery } from '../openapi/zod-http';
import { ApiZodCreated, ApiZodETag, ApiZodOk } from '../openapi/zod-openapi';

const READERS = ['admin', 'coordinator', 'agency', 'viewer'] as const;

@ApiTags('partnerships')
@Controller('v1/partnerships')
export class PartnershipsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Roles('coordinator')
  @HttpCode(201)
  @ApiOperation({ summary: 'Register an agreement (it starts as a draft)' })
  @ApiZodCreated(partnershipSchema, 'The new agreement')
  @ApiProblems(400, 401, 403)
  create(
    @ZodBody('CreatePartnershipInput', createPartnershipSchema) body: NewPartnership,
  ): Promise<Partnership> {
    return this.rpc.send('partnerships.partnership.create', body);
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({
    summary:
      'Agreements visible to the caller (restricted ones only to their parties and coordinators), filtered, paged',
  })
  @ApiZodOk(partnershipPageSchema)
  @ApiProblems(400, 401, 403)
  list(@ZodQuery(listPartnershipsQuerySchema) query: ListPartnershipsQuery): Promise<Page<Partnership>> {
    return this.rpc.send('partnerships.partnership.list', query);
  }

  @Get('summary')
  @Roles('coordinator')
  @ApiOperation({
    summary: 'Coordinators’ view: counts, in force, expiring, overdue commitments, per axis and activity',
  })
  @ApiZodOk(partnershipSummarySchema)
  @ApiProblems(401, 403)
  summary(): Promise<PartnershipSummary> {
    return this.rpc.send('partnerships.summary.get', {});
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'One agreement (404 when restricted and the caller is neither a party nor a coordinator)',
  })
  @ApiZodETag(partnershipSchema)
  @ApiProblems(400, 401, 403, 404)
  get(@ZodParams(partnershipRefSchema) { id }: { id: string }): Promise<Partnership> {
    return this.rpc.send('partnerships.partnership.get', { id });
  }

  @Patch(':id')
  @Roles('coordinator')
  @ApiOperation({
    summary: 'Change an agreement; null clears a field; dates of a signed one change by amendment',
  })
  @ApiZodETag(partnershipSchema)
  @ApiIfMatch()
  @ApiProblems(400, 401, 403, 404, 409, 412)
  update(
    @ZodParams(partnershipRefSchema) { id }: { id: string },
    @ZodBody('UpdatePartnershipInput', updatePartnershipSchema) changes: UpdatePartnershipInput,
    @IfMatch() expectedVersion: number | undefined,
  ): Promise<Partnership> {
    return this.rpc.send('partnerships.partnership.update', { id, changes, expectedVersion });
  }

  @Post(':id/transitions')
  @Roles('coordinator')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Move the agreement along its lifecycle, saying why (409 for a transition not allowed)',
  })
  @ApiZodETag(partnershipSchema)
  @ApiProblems(400, 401, 403, 404, 409)
  transition(
    @ZodParams(partnershipRefSchema) { id }: { id: string },
    @ZodBody('PartnershipTransitionInput', transitionInputSchema) body: TransitionInput,
  ): Promise<Partnership> {
    return this.rpc.send('partnerships.partnership.transition', { id, ...body });
  }

  @Get(':id/history')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Creation, transitions (who, when, why) and amendments, oldest first' })
  @ApiZodOk(historySchema)
  @ApiProblems(400, 401, 403, 404)
  history(@ZodParams(partnershipRefSchema) { id }: { id: string }): Promise<{ items: HistoryEntry[] }> {
    return this.rpc.send('partnerships.partnership.history', { id });
  }

  @Post(':id/amendments')
  @Roles('coordinator')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record an amendment (termo aditivo) changing dates or adding commitments' })
  @ApiZodETag(partnershipSchema)
  @ApiProblems(400, 401, 403, 404, 409)
  amend(
    @ZodParams(partnershipRefSchema) { id }: { id: string },
    @ZodBody('PartnershipAmendmentInput', amendmentInputSchema) amendment: AmendmentInput,
  ): Promise<Partnership> {
    return this.rpc.send('partnerships.partnership.amend', { id, amendment });
  }

  @Post(':id/renewals')
  @Roles('coordinator')
  @HttpCode(201)
  @ApiOperation({ summary: 'Renew: a new draft term linked to this agreement' })
  @ApiZodCreated(partnershipSchema, 'The renewal, as a draft')
  @ApiProblems(400, 401, 403, 404, 409)
  renew(
    @ZodParams(partnershipRefSchema) { id }: { id: string },
    @ZodBody('PartnershipRenewalInput', renewalInputSchema) renewal: RenewalInput,
  ): Promise<Partnership> {
    return this.rpc.send('partnerships.partnership.renew', { id, renewal });
  }

  @Post(':id/commitments')
  @Roles('coordinator')
  @HttpCode(201)
  @ApiOperation({ summary: 'Add a commitment to the work plan' })
  @ApiZodCreated(partnershipSchema, 'The agreement with the new commitment')
  @ApiProblems(400, 401, 403, 404, 409)
  addCommitment(
    @ZodParams(partnershipRefSchema) { id }: { id: string },
    @ZodBody('CommitmentInput', commitmentInputSchema) commitment: CommitmentInput,
  ): Promise<Partnership> {
    return this.rpc.send('partnerships.commitment.create', { id, commitment });
  }

  @Patch(':id/commitments/:commitmentId')
  @Roles('coordinator', 'agency')
  @ApiOperation({
    summary: 'Change a commitment (an agency of the responsible institution: status and evidence only)',
  })
  @ApiZodETag(partnershipSchema)
  @ApiProblems(400, 401, 403, 404, 409)
  updateCommitment(
    @ZodParams(commitmentRefSchema) { id, commitmentId }: { id: string; commitmentId: string },
    @ZodBody('CommitmentUpdateInput', commitmentUpdateSchema) changes: CommitmentUpdate,
  ): Promise<Partnership> {
    return this.rpc.send('partnerships.commitment.update', { id, commitmentId, changes });
  }

  @Post(':id/commitments/:commitmentId/complete')
  @Roles('coordinator', 'agency')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Complete a commitment, with evidence links (coordinators or the responsible agency)',
  })
  @ApiZodETag(partnershipSchema)
  @ApiProblems(400, 401, 403, 404, 409)
  completeCommitment(
    @ZodParams(commitmentRefSchema) { id, commitmentId }: { id: string; commitmentId: string },
    @ZodBody('CommitmentCompletionInput', commitmentCompletionSchema) completion: CommitmentCompletion,
  ): Promise<Partnership> {
    return this.rpc.send('partnerships.commitment.complete', { id, commitmentId, completion });
  }
}
