import { Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  caseLookupSchema,
  consentChangeSchema,
  createCaseSchema,
  type Case,
  type CaseExport,
  type CaseLookup,
  type CaseLookupResult,
  type ConsentChange,
  type CreateCase,
  type Identifiers,
} from '@elo/contracts';
import { RpcClient } from '@elo/messaging';
import { Roles } from '../auth/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import { ZodBody, ZodParams } from '../openapi/zod-http';
import { ApiZodCreated, ApiZodOk } from '../openapi/zod-openapi';
import { caseRefSchema, identifierReadSchema, type IdentifierRead } from './referral-params';

const anyObject = z.object({}).passthrough();

/** Cases of the caller's institution: core, consent, identifiers apart (by purpose), LGPD export. */
@ApiTags('referrals')
@Controller('v1/referrals/cases')
export class CasesController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Roles('agency')
  @HttpCode(201)
  @ApiOperation({ summary: 'Open a case (consent, or a legal basis from LGPD art. 11 II, is required)' })
  @ApiZodCreated(anyObject, 'The case (core and consent; identifiers are never echoed)')
  @ApiProblems(400, 401, 403)
  create(@ZodBody('CreateCaseInput', createCaseSchema) body: CreateCase): Promise<Case> {
    return this.rpc.send('referrals.case.create', body);
  }

  // A POST with the identifier in the body: a URL with a CPF would end up in access logs.
  @Post('lookups')
  @Roles('agency')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Find the caller’s own earlier cases of one person by CPF or passport, through the keyed blind index (audited)',
  })
  @ApiZodOk(anyObject, 'The matching owned cases (core and consent), each with the referrals sent of it')
  @ApiProblems(400, 401, 403)
  lookup(@ZodBody('CaseLookupInput', caseLookupSchema) body: CaseLookup): Promise<CaseLookupResult> {
    return this.rpc.send('referrals.case.lookup', body);
  }

  @Get(':id')
  @Roles('agency')
  @ApiOperation({ summary: 'An owned case: pseudonymous core and consent' })
  @ApiZodOk(anyObject)
  @ApiProblems(400, 401, 403, 404)
  get(@ZodParams(caseRefSchema) { id }: { id: string }): Promise<Case> {
    return this.rpc.send('referrals.case.get', { id });
  }

  @Post(':id/identifier-reads')
  @Roles('agency')
  @HttpCode(200)
  @ApiOperation({ summary: 'Read the identifiers of an owned case for a stated purpose (audited)' })
  @ApiZodOk(anyObject)
  @ApiProblems(400, 401, 403, 404, 410)
  identifiers(
    @ZodParams(caseRefSchema) { id }: { id: string },
    @ZodBody('IdentifierReadInput', identifierReadSchema) body: IdentifierRead,
  ): Promise<Identifiers> {
    return this.rpc.send('referrals.case.identifiers', { id, purpose: body.purpose });
  }

  @Put(':id/consent')
  @Roles('agency')
  @ApiOperation({
    summary:
      'Record the consent of an owned case anew, or its withdrawal; its referrals’ sharing is decided again (audited)',
  })
  @ApiZodOk(anyObject, 'The case with its new consent (who recorded it and when)')
  @ApiProblems(400, 401, 403, 404, 409)
  consent(
    @ZodParams(caseRefSchema) { id }: { id: string },
    @ZodBody('ConsentChangeInput', consentChangeSchema) consent: ConsentChange,
  ): Promise<Case> {
    return this.rpc.send('referrals.case.consent', { id, consent });
  }

  @Get(':id/export')
  @Roles('agency')
  @ApiOperation({ summary: 'Everything held on an owned case (LGPD art. 18), audited' })
  @ApiZodOk(anyObject)
  @ApiProblems(400, 401, 403, 404)
  export(@ZodParams(caseRefSchema) { id }: { id: string }): Promise<CaseExport> {
    return this.rpc.send('referrals.case.export', { id });
  }
}
