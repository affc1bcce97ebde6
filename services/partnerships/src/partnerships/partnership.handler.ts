import { Controller } from '@nestjs/common';
import type { Caller, RpcPattern, RpcRequest, RpcResponse } from '@elo/contracts';
import { RpcHandler } from '@elo/messaging';
import { SummaryService } from '../summary/summary.service';
import { AmendmentService } from './amendment.service';
import { CommitmentService } from './commitment.service';
import { PartnershipService } from './partnership.service';

type Req<P extends RpcPattern> = RpcRequest<P>;
type Res<P extends RpcPattern> = Promise<RpcResponse<P>>;

@Controller()
export class PartnershipHandler {
  constructor(
    private readonly partnerships: PartnershipService,
    private readonly amendments: AmendmentService,
    private readonly commitments: CommitmentService,
    private readonly summary: SummaryService,
  ) {}

  @RpcHandler('partnerships.partnership.create')
  create(
    input: Req<'partnerships.partnership.create'>,
    caller: Caller,
  ): Res<'partnerships.partnership.create'> {
    return this.partnerships.create(input, caller);
  }

  @RpcHandler('partnerships.partnership.list')
  list(input: Req<'partnerships.partnership.list'>, caller: Caller): Res<'partnerships.partnership.list'> {
    return this.partnerships.list(input, caller);
  }

  @RpcHandler('partnerships.partnership.get')
  get(input: Req<'partnerships.partnership.get'>, caller: Caller): Res<'partnerships.partnership.get'> {
    return this.partnerships.get(input.id, caller);
  }

  @RpcHandler('partnerships.partnership.update')
  update(
    input: Req<'partnerships.partnership.update'>,
    caller: Caller,
  ): Res<'partnerships.partnership.update'> {
    return this.partnerships.update(input.id, input.changes, caller, input.expectedVersion);
  }

  @RpcHandler('partnerships.partnership.transition')
  transition(
    input: Req<'partnerships.partnership.transition'>,
    caller: Caller,
  ): Res<'partnerships.partnership.transition'> {
    return this.partnerships.transition(input.id, input.to, input.reason, caller);
  }

  @RpcHandler('partnerships.partnership.history')
  history(
    input: Req<'partnerships.partnership.history'>,
    caller: Caller,
  ): Res<'partnerships.partnership.history'> {
    return this.partnerships.history(input.id, caller);
  }

  @RpcHandler('partnerships.partnership.amend')
  amend(input: Req<'partnerships.partnership.amend'>, caller: Caller): Res<'partnerships.partnership.amend'> {
    return this.amendments.amend(input.id, input.amendment, caller);
  }

  @RpcHandler('partnerships.partnership.renew')
  renew(input: Req<'partnerships.partnership.renew'>, caller: Caller): Res<'partnerships.partnership.renew'> {
    return this.amendments.renew(input.id, input.renewal, caller);
  }

  @RpcHandler('partnerships.commitment.create')
  addCommitment(
    input: Req<'partnerships.commitment.create'>,
    caller: Caller,
  ): Res<'partnerships.commitment.create'> {
    return this.commitments.create(input.id, input.commitment, caller);
  }

  @RpcHandler('partnerships.commitment.update')
  updateCommitment(
    input: Req<'partnerships.commitment.update'>,
    caller: Caller,
  ): Res<'partnerships.commitment.update'> {
    return this.commitments.update(input.id, input.commitmentId, input.changes, caller);
  }

  @RpcHandler('partnerships.commitment.complete')
  completeCommitment(
    input: Req<'partnerships.commitment.complete'>,
    caller: Caller,
  ): Res<'partnerships.commitment.complete'> {
    return this.commitments.complete(input.id, input.commitmentId, input.completion, caller);
  }

  @RpcHandler('partnerships.summary.get')
  getSummary(): Res<'partnerships.summary.get'> {
    return this.summary.get();
  }
}
