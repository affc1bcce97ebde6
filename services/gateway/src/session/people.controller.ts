import { Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  createdInvitationSchema,
  invitePersonSchema,
  listPeopleQuerySchema,
  personPageSchema,
  personRequestSchema,
  personSchema,
  type CreatedInvitation,
  type InvitePersonInput,
  type Page,
  type PageQuery,
  type Person,
  type PersonRequest,
} from '@elo/contracts';
import { RpcClient } from '@elo/messaging';
import { Roles } from '../auth/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import { ZodBody, ZodParams, ZodQuery } from '../openapi/zod-http';
import { ApiZodCreated, ApiZodOk } from '../openapi/zod-openapi';
import { SESSION_SETTINGS, type SessionSettings } from './session.settings';

/** People's accounts (the console's users), kept by the directory. */
@ApiTags('people')
@Controller('v1/people')
export class PeopleController {
  constructor(
    private readonly rpc: RpcClient,
    @Inject(SESSION_SETTINGS) private readonly settings: SessionSettings,
  ) {}

  @Post('invitations')
  @Roles('admin', 'coordinator')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Invite a person',
    description:
      'Answers a one-time link that expires, to send to the person. A coordinator cannot invite an admin (403). ' +
      'Inviting again someone who has not accepted yet replaces the link; an active account is 409 DIRECTORY.EMAIL_TAKEN.',
  })
  @ApiZodCreated(createdInvitationSchema, 'The invitation link (shown once)')
  @ApiProblems(400, 404, 409)
  async invite(
    @ZodBody('InvitePersonInput', invitePersonSchema) body: InvitePersonInput,
  ): Promise<CreatedInvitation> {
    const issued = await this.rpc.send('directory.person.invite', body);
    return {
      personId: issued.personId,
      invitationUrl: `${this.settings.publicUrl}/console/#/convite/${issued.token}`,
      expiresAt: issued.expiresAt,
    };
  }

  @Get()
  @Roles('admin', 'coordinator')
  @ApiOperation({ summary: 'List people (paged)', description: 'Never their passwords or TOTP secrets.' })
  @ApiZodOk(personPageSchema)
  @ApiProblems(400)
  list(@ZodQuery(listPeopleQuerySchema) query: PageQuery): Promise<Page<Person>> {
    return this.rpc.send('directory.person.list', { limit: query.limit, cursor: query.cursor });
  }

  @Post(':id/disable')
  @Roles('admin', 'coordinator')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Disable a person: their sessions end at once and sign-in is refused',
    description:
      'A coordinator may disable agency and viewer people only, and nobody their own account (403). ' +
      'Already disabled: answered as is. 404 DIRECTORY.PERSON_NOT_FOUND; 409 DIRECTORY.PERSON_NOT_ACTIVE for ' +
      'someone who has not accepted the invitation yet; 409 DIRECTORY.LAST_ADMIN when the person is the last active ' +
      'admin (the platform always keeps one). Sign-in then answers as for a wrong password.',
  })
  @ApiZodOk(personSchema, 'The person, disabled')
  @ApiProblems(400, 404, 409)
  disable(@ZodParams(personRequestSchema) { id }: PersonRequest): Promise<Person> {
    return this.rpc.send('directory.person.disable', { id });
  }

  @Post(':id/enable')
  @Roles('admin', 'coordinator')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Enable a disabled person again',
    description:
      'The same rules as disabling. Already active: answered as is. A sign-in lock still running from failed ' +
      'attempts is cleared, so the person can sign in at once.',
  })
  @ApiZodOk(personSchema, 'The person, active')
  @ApiProblems(400, 404, 409)
  enable(@ZodParams(personRequestSchema) { id }: PersonRequest): Promise<Person> {
    return this.rpc.send('directory.person.enable', { id });
  }
}
