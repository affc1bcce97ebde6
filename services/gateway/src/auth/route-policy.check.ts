import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { controllerClasses } from '../common/controller-classes';
import { undeclaredRoutes } from './access-policy';

/** "Every operation declares its roles": the gateway refuses to start otherwise. */
@Injectable()
export class RoutePolicyCheck implements OnModuleInit {
  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    const missing = controllerClasses(this.discovery).flatMap((controller) => undeclaredRoutes(controller));
    if (missing.length) {
      throw new Error(`Operations without @Roles(...) or @Public(): ${missing.join(', ')}`);
    }
  }
}
