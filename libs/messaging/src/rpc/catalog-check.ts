import type { INestApplicationContext } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import { isCatalogHandler } from './rpc-handler';

/**
 * Refuses to boot a service with a message handler that bypasses the catalog (a bare
 * @MessagePattern): such a handler would run without request parsing or access checks.
 */
export function assertCatalogHandlers(app: INestApplicationContext): void {
  const bypassing: string[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const proto: unknown = wrapper.metatype?.prototype;
      if (typeof proto !== 'object' || proto === null) continue;
      for (const key of Object.getOwnPropertyNames(proto)) {
        const fn: unknown = Object.getOwnPropertyDescriptor(proto, key)?.value;
        if (typeof fn !== 'function' || key === 'constructor') continue;
        if (Reflect.getMetadata(PATTERN_METADATA, fn) !== undefined && !isCatalogHandler(fn)) {
          bypassing.push(`${wrapper.name}.${key}`);
        }
      }
    }
  }
  if (bypassing.length > 0) {
    throw new Error(`Message handlers outside the RPC catalog (use @RpcHandler): ${bypassing.join(', ')}`);
  }
}
