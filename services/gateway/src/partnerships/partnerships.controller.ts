import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
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
import { IdParamDto } from '../common/id-param.dto';
import { ApiProblems } from '../common/problem.dto';
import { CommitmentParamDto, listPartnershipsUrlQuerySchema } from './partnership-params';
import { ApiZodBody, ApiZodCreated, ApiZodETag, ApiZodOk, ApiZodQuery, ZodPipe } from './zod-openapi';

const READERS = ['admin', 'coordinator', 'agency', 'viewer'] as const;

@ApiTags('partnerships')
@Controller('v1/partnerships')
export class PartnershipsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Roles('coordinator')
  @HttpCode(201)
  @ApiOperation({ summary: 'Register an agreement (it starts as a draft)' })
  @ApiZodBody(createPartnershipSchema)
  @ApiZodCreated(partnershipSchema, 'The new agreement')
  @ApiProblems(400, 401, 403)
  create(@Body(new ZodPipe(createPartnershipSchema)) body: NewPartnership): Promise<Partnership> {
    return this.rpc.send('partnerships.partnership.create', body);
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({
    summary:
      'Agreements visible to the caller (restricted ones only to their parties and coordinators), filtered, paged',
  })
  @ApiZodQuery(listPartnershipsUrlQuerySchema)
  @ApiZodOk(partnershipPageSchema)
  @ApiProblems(400, 401, 403)
  list(
    @Query(new ZodPipe(listPartnershipsUrlQuerySchema)) query: ListPartnershipsQuery,
  ): Promise<Page<Partnership>> {
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
  get(@Param() { id }: IdParamDto): Promise<Partnership> {
    return this.rpc.send('partnerships.partnership.get', { id });
  }

  @Patch(':id')
  @Roles('coordinator')
  @ApiOperation({
    summary: 'Change an agreement; null clears a field; dates of a signed one change by amendment',
  })
  @ApiZodBody(updatePartnershipSchema)
  @ApiZodETag(partnershipSchema)
  @ApiIfMatch()
  @ApiProblems(400, 401, 403, 404, 409, 412)
  update(
    @Param() { id }: IdParamDto,
    @Body(new ZodPipe(updatePartnershipSchema)) changes: UpdatePartnershipInput,
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
  @ApiZodBody(transitionInputSchema)
  @ApiZodETag(partnershipSchema)
  @ApiProblems(400, 401, 403, 404, 409)
  transition(
    @Param() { id }: IdParamDto,
    @Body(new ZodPipe(transitionInputSchema)) body: TransitionInput,
  ): Promise<Partnership> {
    return this.rpc.send('partnerships.partnership.transition', { id, ...body });
  }

  @Get(':id/history')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Creation, transitions (who, when, why) and amendments, oldest first' })
  @ApiZodOk(historySchema)
  @ApiProblems(400, 401, 403, 404)
  history(@Param() { id }: IdParamDto): Promise<{ items: HistoryEntry[] }> {
    return this.rpc.send('partnerships.partnership.history', { id });
  }

  @Post(':id/amendments')
  @Roles('coordinator')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record an amendment (termo aditivo) changing dates or adding commitments' })
  @ApiZodBody(amendmentInputSchema)
  @ApiZodETag(partnershipSchema)
  @ApiProblems(400, 401, 403, 404, 409)
  amend(
    @Param() { id }: IdParamDto,
    @Body(new ZodPipe(amendmentInputSchema)) amendment: AmendmentInput,
  ): Promise<Partnership> {
    return this.rpc.send('partnerships.partnership.amend', { id, amendment });
  }

  @Post(':id/renewals')
  @Roles('coordinator')
  @HttpCode(201)
  @ApiOperation({ summary: 'Renew: a new draft term linked to this agreement' })
  @ApiZodBody(renewalInputSchema)
  @ApiZodCreated(partnershipSchema, 'The renewal, as a draft')
  @ApiProblems(400, 401, 403, 404, 409)
  renew(
    @Param() { id }: IdParamDto,
    @Body(new ZodPipe(renewalInputSchema)) renewal: RenewalInput,
  ): Promise<Partnership> {
    return this.rpc.send('partnerships.partnership.renew', { id, renewal });
  }

  @Post(':id/commitments')
  @Roles('coordinator')
  @HttpCode(201)
  @ApiOperation({ summary: 'Add a commitment to the work plan' })
  @ApiZodBody(commitmentInputSchema)
  @ApiZodCreated(partnershipSchema, 'The agreement with the new commitment')
  @ApiProblems(400, 401, 403, 404, 409)
  addCommitment(
    @Param() { id }: IdParamDto,
    @Body(new ZodPipe(commitmentInputSchema)) commitment: CommitmentInput,
  ): Promise<Partnership> {
    return this.rpc.send('partnerships.commitment.create', { id, commitment });
  }

  @Patch(':id/commitments/:commitmentId')
  @Roles('coordinator', 'agency')
  @ApiOperation({
    summary: 'Change a commitment (an agency of the responsible institution: status and evidence only)',
  })
  @ApiZodBody(commitmentUpdateSchema)
  @ApiZodETag(partnershipSchema)
  @ApiProblems(400, 401, 403, 404, 409)
  updateCommitment(
    @Param() { id, commitmentId }: CommitmentParamDto,
    @Body(new ZodPipe(commitmentUpdateSchema)) changes: CommitmentUpdate,
  ): Promise<Partnership> {
    return this.rpc.send('partnerships.commitment.update', { id, commitmentId, changes });
  }

  @Post(':id/commitments/:commitmentId/complete')
  @Roles('coordinator', 'agency')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Complete a commitment, with evidence links (coordinators or the responsible agency)',
  })
  @ApiZodBody(commitmentCompletionSchema)
  @ApiZodETag(partnershipSchema)
  @ApiProblems(400, 401, 403, 404, 409)
  completeCommitment(
    @Param() { id, commitmentId }: CommitmentParamDto,
    @Body(new ZodPipe(commitmentCompletionSchema)) completion: CommitmentCompletion,
  ): Promise<Partnership> {
    return this.rpc.send('partnerships.commitment.complete', { id, commitmentId, completion });
  }
}
