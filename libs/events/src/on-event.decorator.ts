import { SetMetadata } from '@nestjs/common';
import type { EloCloudEvent, EventType } from '@elo/contracts';

export const ON_EVENT_METADATA = 'elo:on-event';

export interface OnEventOptions {
  /** The handler's stable name (kebab-case): the durable is `<service>__<name>`. Default: `<class>-<method>` in kebab-case. */
  name?: string;
}

export interface OnEventMetadata {
  type: EventType;
  name?: string;
}

type EventHandlerMethod<T extends EventType> = (event: EloCloudEvent<T>) => Promise<unknown>;

/**
 * Marks a provider method as the handler of one event type. The method gets the validated event
 * (its payload typed from the catalog) and must return a promise; throwing means "retry later".
 */
export function OnEvent<T extends EventType>(type: T, options: OnEventOptions = {}) {
  return <M extends EventHandlerMethod<T>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ): TypedPropertyDescriptor<M> | void => {
    SetMetadata<string, OnEventMetadata>(ON_EVENT_METADATA, { type, name: options.name })(
      target,
      key,
      descriptor,
    );
  };
}

export function kebabCase(value: string): string {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}

export function defaultHandlerName(className: string, methodName: string): string {
  return kebabCase(`${className}-${methodName}`);
}
