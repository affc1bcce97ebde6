import { Inject, Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { isHandlerName, type EloCloudEvent, type EventType } from '@elo/contracts';
import { consumerSpec, type ConsumerSpec } from './consumers';
import { ON_EVENT_METADATA, defaultHandlerName, type OnEventMetadata } from './on-event.decorator';
import { JETSTREAM_OPTIONS, type ResolvedJetStreamOptions } from './tuning';

export interface HandlerBinding {
  type: EventType;
  /** The handler's name: the idempotency and dead-letter key, and the durable's suffix. */
  name: string;
  consumer: ConsumerSpec;
  invoke(event: EloCloudEvent): Promise<unknown>;
}

/** Finds every `@OnEvent` method among the app's providers. */
@Injectable()
export class EventHandlerRegistry {
  private bindings: HandlerBinding[] | undefined;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    @Inject(JETSTREAM_OPTIONS) private readonly options: ResolvedJetStreamOptions,
  ) {}

  all(): HandlerBinding[] {
    this.bindings ??= this.discover();
    return this.bindings;
  }

  find(name: string): HandlerBinding | undefined {
    return this.all().find((binding) => binding.name === name);
  }

  private discover(): HandlerBinding[] {
    const found: HandlerBinding[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object | null;
      if (!prototype) continue;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const fn = (instance as Record<string, unknown>)[method];
        if (typeof fn !== 'function') continue;
        const meta = this.reflector.get<OnEventMetadata | undefined>(ON_EVENT_METADATA, fn as () => unknown);
        if (!meta) continue;
        if (!wrapper.isDependencyTreeStatic()) {
          throw new Error(
            `@OnEvent handler ${instance.constructor.name}.${method} must be on a singleton provider`,
          );
        }
        found.push(this.bind(instance, method, fn as (event: EloCloudEvent) => Promise<unknown>, meta));
      }
    }
    const names = found.map((b) => b.name);
    const duplicate = names.find((name, i) => names.indexOf(name) !== i);
    if (duplicate)
      throw new Error(`Two @OnEvent handlers are named '${duplicate}'; give one a distinct name`);
    return found;
  }

  private bind(
    instance: object,
    method: string,
    fn: (event: EloCloudEvent) => Promise<unknown>,
    meta: OnEventMetadata,
  ): HandlerBinding {
    const name = meta.name ?? defaultHandlerName(instance.constructor.name, method);
    if (!isHandlerName(name)) throw new Error(`@OnEvent name '${name}' must be kebab-case (a-z, 0-9, -)`);
    return {
      type: meta.type,
      name,
      consumer: consumerSpec(this.options.service, name, meta.type, this.options.tuning),
      invoke: (event) => fn.call(instance, event),
    };
  }
}
