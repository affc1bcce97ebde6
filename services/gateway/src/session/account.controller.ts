import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ALL_ROLES,
  CSRF_HEADER,
  changePasswordBodySchema,
  confirmTotpBodySchema,
  startTotpBodySchema,
  totpEnrolmentSchema,
  type ChangePasswordInput,
  type ConfirmTotpInput,
  type StartTotpInput,
  type TotpEnrolment,
} from '@elo/contracts';
import { RpcClient } from '@elo/messaging';
import { Roles, SessionOnly } from '../auth/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import { ZodBody } from '../openapi/zod-http';
import { ApiZodOk } from '../openapi/zod-openapi';
import { sessionOf, type SessionRequest } from './session-authenticator';

const WITH_COOKIE = `With the session cookie and the \`${CSRF_HEADER}\` header.`;
const LOCK =
  'Wrong current passwords and codes count towards the account’s lock, as at sign-in; while locked: 423 AUTH.ACCOUNT_LOCKED.';

/**
 * What a signed-in person changes on their own account. Session-only: the directory finds the account
 * from the session's hash, so there is no person id to name and no bearer client can reach these.
 */
@ApiTags('session')
@Controller('v1/session')
export class AccountController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('password')
  @Roles(...ALL_ROLES)
  @SessionOnly()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Change my password; my other sessions end',
    description:
      `${WITH_COOKIE} The current password (400 DIRECTORY.WRONG_PASSWORD), a new one under the invitation's ` +
      'rules (400 DIRECTORY.WEAK_PASSWORD) and, when the second factor is on, a current code not used before ' +
      `(400 DIRECTORY.INVALID_TOTP). This session stays signed in; every other one ends. ${LOCK}`,
  })
  @ApiNoContentResponse({ description: 'Changed; the person’s other sessions ended' })
  @ApiProblems(400, 423)
  async changePassword(
    @Req() request: SessionRequest,
    @ZodBody('ChangePasswordInput', changePasswordBodySchema) body: ChangePasswordInput,
  ): Promise<void> {
    await this.rpc.send('directory.session.change-password', {
      sessionHash: sessionOf(request).hash,
      currentPassword: body.currentPassword,
      newPassword: body.newPassword,
      ...(body.totpCode ? { totpCode: body.totpCode } : {}),
    });
  }

  @Post('totp')
  @Roles(...ALL_ROLES)
  @SessionOnly()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Start turning my second factor (TOTP) on: a new secret to enrol',
    description:
      `${WITH_COOKIE} For people who skipped TOTP at activation (viewers). Needs the current password ` +
      '(400 DIRECTORY.WRONG_PASSWORD); 409 DIRECTORY.TOTP_ALREADY_ENABLED when it is on. The factor is on ' +
      `only once POST /v1/session/totp/confirm gets a code of this secret; starting again replaces it. ${LOCK}`,
  })
  @ApiZodOk(totpEnrolmentSchema, 'The new secret (shown once)')
  @ApiProblems(400, 409, 423)
  async startTotp(
    @Req() request: SessionRequest,
    @ZodBody('StartTotpInput', startTotpBodySchema) body: StartTotpInput,
  ): Promise<TotpEnrolment> {
    return this.rpc.send('directory.session.start-totp', {
      sessionHash: sessionOf(request).hash,
      currentPassword: body.currentPassword,
    });
  }

  @Post('totp/confirm')
  @Roles(...ALL_ROLES)
  @SessionOnly()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Turn my second factor on with a code of the new secret',
    description:
      `${WITH_COOKIE} 400 DIRECTORY.INVALID_TOTP for a wrong or already used code, or when no enrolment was ` +
      'started; 409 DIRECTORY.TOTP_ALREADY_ENABLED when it is on. From then on, sign-in asks for a code.',
  })
  @ApiNoContentResponse({ description: 'The second factor is on' })
  @ApiProblems(400, 409, 423)
  async confirmTotp(
    @Req() request: SessionRequest,
    @ZodBody('ConfirmTotpInput', confirmTotpBodySchema) body: ConfirmTotpInput,
  ): Promise<void> {
    await this.rpc.send('directory.session.confirm-totp', {
      sessionHash: sessionOf(request).hash,
      totpCode: body.totpCode,
    });
  }
}
