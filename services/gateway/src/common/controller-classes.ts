import type { Type } from '@nestjs/common';
import type { DiscoveryService } from '@nestjs/core';

/** The controller classes the app mounted, for the gateway's boot checks. */
export function controllerClasses(discovery: DiscoveryService): Type<unknown>[] {
  return discovery
    .getControllers()
    .map((wrapper) => wrapper.metatype)
    .filter((metatype): metatype is Type<unknown> => typeof metatype === 'function');
}
