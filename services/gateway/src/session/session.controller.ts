import { Controller, Delete, Get, HttpCode, Inject, Post, Req, Res, UseInterceptors } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ALL_ROLES,
  CSRF_HEADER,
  signInSchema,
  sessionViewSchema,
  type SessionView,
  type SignInInput,
} from '@elo/contracts';
import { RpcClient } from '@elo/messaging';
import { Public, Roles, SessionOnly } from '../auth/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import { ZodBody } from '../openapi/zod-http';
import { ApiZodOk } from '../openapi/zod-openapi';
import { SignInAttemptsInterceptor } from '../rate-limit/sign-in-attempts.interceptor';
import { PasswordAuthenticator } from './person-authenticator';
import { sessionOf, type SessionRequest } from './session-authenticator';
import { clearSessionCookie, newSessionToken, sessionHashOf, setSessionCookie } from './session-cookie';
import { SESSION_SETTINGS, type SessionSettings } from './session.settings';

const WITH_COOKIE = `With the session cookie; changes need the \`${CSRF_HEADER}\` header.`;

/** People's browser sessions (the console). API clients keep using /v1/auth/token. */
@ApiTags('session')
@Controller('v1/session')
export class SessionController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly passwords: PasswordAuthenticator,
    @Inject(SESSION_SETTINGS) private readonly settings: SessionSettings,
  ) {}

  @Post()
  @Public()
  @UseInterceptors(SignInAttemptsInterceptor)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in a person (email, password and, when enabled, the TOTP code)',
    description:
      'Sets the `elo_session` cookie (HttpOnly, SameSite=Strict, Secure in production) and answers the ' +
      'session with its CSRF token. 401 AUTH.INVALID_CREDENTIALS whatever was wrong — unknown email, ' +
      'wrong password or code, an account disabled or temporarily locked after repeated failures — so the ' +
      'answer never tells whether an email has an account; a missing code (after the right password): ' +
      '401 AUTH.TOTP_REQUIRED; too many failures per email or address: 429 with Retry-After.',
  })
  @ApiZodOk(sessionViewSchema, 'The session; the cookie is in Set-Cookie')
  @ApiProblems(400, 401, 429)
  async signIn(
    @ZodBody('SignInInput', signInSchema) body: SignInInput,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionView> {
    const token = newSessionToken();
    const view = await this.passwords.authenticate(body, sessionHashOf(token));
    setSessionCookie(reply, token, view.expiresAt, this.settings.cookie);
    return view;
  }

  @Get()
  @Roles(...ALL_ROLES)
  @SessionOnly()
  @ApiOperation({
    summary: 'The current session',
    description: `${WITH_COOKIE} Touches the idle timer. 401 when there is none or it expired.`,
  })
  @ApiZodOk(sessionViewSchema)
  @ApiProblems()
  current(@Req() request: SessionRequest): SessionView {
    return sessionOf(request).view;
  }

  @Delete()
  @Roles(...ALL_ROLES)
  @SessionOnly()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out (this session)', description: WITH_COOKIE })
  @ApiNoContentResponse({ description: 'Signed out; the cookie is cleared' })
  @ApiProblems()
  async signOut(
    @Req() request: SessionRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.rpc.send('directory.session.close', { sessionHash: sessionOf(request).hash });
    clearSessionCookie(reply, this.settings.cookie);
  }

  @Post('sign-out-everywhere')
  @Roles(...ALL_ROLES)
  @SessionOnly()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Sign out every session of this person, on every device',
    description: WITH_COOKIE,
  })
  @ApiNoContentResponse({ description: 'Every session of the person ended; the cookie is cleared' })
  @ApiProblems()
  async signOutEverywhere(
    @Req() request: SessionRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.rpc.send('directory.session.close-all', { sessionHash: sessionOf(request).hash });
    clearSessionCookie(reply, this.settings.cookie);
  }
}
