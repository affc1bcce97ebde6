import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  acceptInvitationBodySchema,
  invitationRequestSchema,
  invitationViewSchema,
  type AcceptInvitationBody,
  type InvitationView,
} from '@elo/contracts';
import { RpcClient } from '@elo/messaging';
import { Public } from '../auth/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import { ZodBody, ZodParams } from '../openapi/zod-http';
import { ApiZodOk } from '../openapi/zod-openapi';

type TokenParams = { token: string };

/**
 * The invitation link's two steps. Public: the 256-bit token is the credential (one-time, expiring,
 * stored hashed), so guessing one is hopeless and no other check would add anything.
 */
@ApiTags('session')
@Controller('v1/session/invitations')
export class InvitationsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get(':token')
  @Public()
  @ApiOperation({
    summary: 'What an invitation link shows: the person, and the TOTP secret to enrol',
    description: '404 DIRECTORY.INVITATION_NOT_FOUND when the link is unknown, used or expired.',
  })
  @ApiZodOk(invitationViewSchema)
  @ApiProblems(400, 404)
  show(@ZodParams(invitationRequestSchema) { token }: TokenParams): Promise<InvitationView> {
    return this.rpc.send('directory.invitation.get', { token });
  }

  @Post(':token')
  @Public()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Accept an invitation: set the password (and the TOTP factor)',
    description:
      'Password: at least 12 characters and not a common one (400 DIRECTORY.WEAK_PASSWORD). `totpCode` is ' +
      'required when the invitation says totpRequired (400 DIRECTORY.INVALID_TOTP when wrong). The link then stops working.',
  })
  @ApiNoContentResponse({ description: 'The account is active; sign in with POST /v1/session' })
  @ApiProblems(400, 404)
  async accept(
    @ZodParams(invitationRequestSchema) { token }: TokenParams,
    @ZodBody('AcceptInvitationInput', acceptInvitationBodySchema) body: AcceptInvitationBody,
  ): Promise<void> {
    await this.rpc.send('directory.invitation.accept', {
      token,
      password: body.password,
      ...(body.totpCode ? { totpCode: body.totpCode } : {}),
    });
  }
}
