import { Injectable, type OnModuleInit, type Type } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { undeclaredRoutes } from './access-policy';

/** "Every operation declares its roles": the gateway refuses to start otherwise. */
@Injectable()
export class RoutePolicyCheck implements OnModuleInit {
  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    const missing = this.discovery
      .getControllers()
      .map((wrapper) => wrapper.metatype)
      .filter((metatype): metatype is Type<unknown> => typeof metatype === 'function')
      .flatMap((controller) => undeclaredRoutes(controller));
    if (missing.length) {
      throw new Error(`Operations without @Roles(...) or @Public(): ${missing.join(', ')}`);
    }
  }
}
