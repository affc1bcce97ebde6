import { Controller, Get, Post } from '@nestjs/common';
import { HealthController, MetricsController } from '@elo/observability';
import { Public, Roles } from './access.decorators';
import { accessPolicyOf, undeclaredRoutes } from './access-policy';

@Controller('mixed')
class MixedController {
  @Get('open') @Public() open() {}
  @Get('admin') @Roles('admin') admin() {}
  @Post('forgotten') forgotten() {}
  helper() {}
}

@Controller('whole')
@Roles('coordinator', 'viewer')
class WholeController {
  @Get() list() {}
  @Post() @Roles('admin') create() {}
  @Get('ping') @Public() ping() {}
}

class InheritingController extends MixedController {}

describe('access policies', () => {
  it('reads a method’s @Public or @Roles', () => {
    expect(accessPolicyOf(MixedController, MixedController.prototype.open)).toEqual({ kind: 'public' });
    expect(accessPolicyOf(MixedController, MixedController.prototype.admin)).toEqual({
      kind: 'roles',
      roles: ['admin'],
    });
  });

  it('falls back to the controller’s @Roles, and a method’s own declaration wins', () => {
    expect(accessPolicyOf(WholeController, WholeController.prototype.list)).toEqual({
      kind: 'roles',
      roles: ['coordinator', 'viewer'],
    });
    expect(accessPolicyOf(WholeController, WholeController.prototype.create)).toEqual({
      kind: 'roles',
      roles: ['admin'],
    });
    expect(accessPolicyOf(WholeController, WholeController.prototype.ping)).toEqual({ kind: 'public' });
  });

  it('finds route handlers that declare nothing, inherited ones included, ignoring non-routes', () => {
    expect(undeclaredRoutes(MixedController)).toEqual(['MixedController.forgotten']);
    expect(undeclaredRoutes(InheritingController)).toEqual(['InheritingController.forgotten']);
    expect(undeclaredRoutes(WholeController)).toEqual([]);
  });

  it('gives the shared library controllers a policy: probes public, metrics for admins', () => {
    expect(undeclaredRoutes(HealthController)).toEqual([]);
    expect(accessPolicyOf(HealthController, HealthController.prototype.live)).toEqual({ kind: 'public' });
    expect(undeclaredRoutes(MetricsController)).toEqual([]);
    const metrics = Object.getOwnPropertyNames(MetricsController.prototype).filter(
      (n) => n !== 'constructor',
    );
    for (const name of metrics) {
      const handler = (MetricsController.prototype as unknown as Record<string, object>)[name];
      expect(accessPolicyOf(MetricsController, handler ?? {})).toEqual({ kind: 'roles', roles: ['admin'] });
    }
  });
});
