import { Controller, Header, HttpCode, Post, Req, UseInterceptors } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@elo/contracts';
import { ApiProblems } from '../common/problem.dto';
import { Public } from './access.decorators';
import { ClientAuthenticator } from './client-authenticator';
import { clientCredentials } from './client-credentials';
import { ZodBody } from '../openapi/zod-http';
import { TokenResponseDto, tokenRequestSchema, type TokenRequest } from './token.dto';
import { TokenService } from './token.service';
import { TokenAttemptsInterceptor } from '../rate-limit/token-attempts.interceptor';

@ApiTags('auth')
@Controller('v1/auth')
export class TokenController {
  constructor(
    private readonly clients: ClientAuthenticator,
    private readonly tokens: TokenService,
  ) {}

  @Post('token')
  @Public()
  @UseInterceptors(TokenAttemptsInterceptor)
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @Header('Pragma', 'no-cache')
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiOperation({
    summary: 'Get an access token (OAuth2 client_credentials)',
    description:
      'Credentials go in the body (client_id, client_secret) or in HTTP Basic. The token is a ' +
      'signed JWT living at most 15 minutes; send it as `Authorization: Bearer <token>`. ' +
      'A wrong or revoked client gets 401; a grant type other than client_credentials gets 400. ' +
      'Too many failed attempts for a client id or from an address get 429 with Retry-After.',
  })
  @ApiOkResponse({ type: TokenResponseDto })
  @ApiProblems(400, 401, 429)
  async token(
    @ZodBody('TokenRequest', tokenRequestSchema) body: TokenRequest,
    @Req() request: FastifyRequest,
  ): Promise<TokenResponseDto> {
    if (body.grant_type !== 'client_credentials') {
      throw new DomainError('AUTH.UNSUPPORTED_GRANT_TYPE', 'Only the client_credentials grant is supported.');
    }
    const caller = await this.clients.authenticate(clientCredentials(body, request.headers.authorization));
    const issued = await this.tokens.issue(caller);
    return { access_token: issued.accessToken, token_type: 'Bearer', expires_in: issued.expiresIn };
  }
}
