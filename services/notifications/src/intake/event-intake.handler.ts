import { Injectable } from '@nestjs/common';
import { EVENT_TYPES, type EloCloudEvent } from '@elo/contracts';
import { OnEvent } from '@elo/events';
import { IntakeService } from './intake.service';

/**
 * Consumes every event type of the catalog: the routing table decides who gets what, so a new event
 * type is consumed as soon as it has its row there. One durable per type, `notifications__webhook-<type>`.
 */
@Injectable()
export class EventIntakeHandler {
  constructor(readonly intake: IntakeService) {}
}

for (const type of EVENT_TYPES) {
  const method = `on:${type}`;
  const descriptor: TypedPropertyDescriptor<(event: EloCloudEvent) => Promise<unknown>> = {
    value(this: EventIntakeHandler, event: EloCloudEvent) {
      return this.intake.accept(event);
    },
    writable: true,
    configurable: true,
  };
  OnEvent(type, { name: `webhook-${type.replace(/\./g, '-')}` })(
    EventIntakeHandler.prototype,
    method,
    descriptor,
  );
  Object.defineProperty(EventIntakeHandler.prototype, method, descriptor);
}
