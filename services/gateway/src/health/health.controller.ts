import { Controller, Get, HttpCode } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DomainError, type RpcPattern } from '@elo/contracts';
import { RpcClient } from '@elo/messaging';
import { ApiProblems } from '../common/problem.dto';
import { Public } from '../auth/access.decorators';

class HealthDto {
  @ApiProperty({ description: 'Always "ok" when this answers 200' })
  status!: 'ok';

  @ApiProperty({
    description: 'Readiness of each backing service',
    type: 'object',
    additionalProperties: { type: 'string' },
  })
  services!: Record<string, 'up' | 'down'>;
}

const READINESS_TIMEOUT_MS = 2_000;

/** The services the gateway needs, and the pattern each answers readiness on. */
const READINESS_PATTERNS = {
  directory: 'directory.health.ready',
  'plan-tracking': 'plan-tracking.health.ready',
  training: 'training.health.ready',
  partnerships: 'partnerships.health.ready',
  referrals: 'referrals.health.ready',
  notifications: 'notifications.health.ready',
} as const satisfies Record<string, RpcPattern>;

@ApiTags('health')
@Controller('health')
export class GatewayHealthController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Ready only when the gateway and every service it needs are ready (public)' })
  @ApiOkResponse({ type: HealthDto })
  @ApiProblems()
  async health(): Promise<HealthDto> {
    const entries = Object.entries(READINESS_PATTERNS);
    const results = await Promise.allSettled(
      entries.map(([, pattern]) => this.rpc.send(pattern, {}, READINESS_TIMEOUT_MS)),
    );
    const services = Object.fromEntries(
      results.map(
        (r, i) => [entries[i]?.[0], r.status === 'fulfilled' && r.value.ready ? 'up' : 'down'] as const,
      ),
    );
    const down = Object.entries(services)
      .filter(([, s]) => s === 'down')
      .map(([n]) => n);
    if (down.length) throw new DomainError('COMMON.SERVICE_UNAVAILABLE', `Not ready: ${down.join(', ')}.`);
    return { status: 'ok', services };
  }
}
