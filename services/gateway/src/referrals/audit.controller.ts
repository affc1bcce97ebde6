import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import type { AuditChainReport } from '@elo/contracts';
import { RpcClient } from '@elo/messaging';
import { Roles } from '../auth/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import { ApiZodOk } from '../openapi/zod-openapi';

const chainReportSchema = z.object({
  entries: z.number().int(),
  intact: z.boolean(),
  firstBroken: z
    .object({ position: z.number().int(), problem: z.enum(['hash_mismatch', 'link_mismatch', 'gap']) })
    .optional(),
});

/** Technical checks for admins: the audit chain holds no case detail, only ids and hashes. */
@ApiTags('admin')
@Controller('v1/admin/audit')
export class AuditController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('verify')
  @Roles('admin')
  @ApiOperation({ summary: 'Recompute the referrals access-audit hash chain; report the first broken link' })
  @ApiZodOk(chainReportSchema)
  @ApiProblems(401, 403)
  verify(): Promise<AuditChainReport> {
    return this.rpc.send('referrals.audit.verify', {});
  }
}
