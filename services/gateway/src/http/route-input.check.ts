import { Injectable, type OnModuleInit, type Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { DiscoveryService } from '@nestjs/core';
import { controllerClasses } from '../common/controller-classes';
import { ZodValidationPipe } from '@elo/errors';

const INPUTS = new Set<number>([RouteParamtypes.BODY, RouteParamtypes.QUERY, RouteParamtypes.PARAM]);

type RouteArgs = Record<string, { index: number; pipes?: unknown[] }>;

/** `Controller.method#index` of each body, query or path parameter that no contract schema checks. */
export function unvalidatedInputs(controller: Type<unknown>): string[] {
  const prototype = controller.prototype as Record<string, unknown>;
  return Object.getOwnPropertyNames(prototype).flatMap((method) => {
    const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as RouteArgs;
    return Object.entries(args)
      .filter(([key]) => INPUTS.has(Number(key.split(':')[0])))
      .filter(([, arg]) => !arg.pipes?.some((pipe) => pipe instanceof ZodValidationPipe))
      .map(([, arg]) => `${controller.name}.${method}#${arg.index}`);
  });
}

/** "Every HTTP input is a contract's zod schema" (@ZodBody, @ZodQuery, @ZodParams): refuses to boot otherwise. */
@Injectable()
export class RouteInputCheck implements OnModuleInit {
  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    const missing = controllerClasses(this.discovery).flatMap((controller) => unvalidatedInputs(controller));
    if (missing.length) {
      throw new Error(
        `Inputs without a schema (use @ZodBody, @ZodQuery or @ZodParams): ${missing.join(', ')}`,
      );
    }
  }
}
