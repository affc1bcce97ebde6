import { Inject, Injectable } from '@nestjs/common';
import type { EloCloudEvent, EventType } from '@elo/contracts';
import { NOTIFICATIONS_CONFIG } from '../notifications.tokens';
import type { NotificationsConfig } from '../config';
import { Dispatcher } from '../delivery/dispatcher';
import { MessageRepository } from '../delivery/message.repository';
import { EndpointRepository } from '../endpoints/endpoint.repository';
import { endpointReceives, routeEvent } from '../routing/route-event';
import { webhookBody, webhookIdOf } from './payload';

/**
 * Turns an event into one message row per receiving endpoint. The handler returns (and JetStream gets
 * its ack) only after the rows are written, so an accepted event is delivered or recorded as failed.
 */
@Injectable()
export class IntakeService {
  constructor(
    private readonly endpoints: EndpointRepository,
    private readonly messages: MessageRepository,
    private readonly dispatcher: Dispatcher,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  async accept<T extends EventType>(event: EloCloudEvent<T>): Promise<number> {
    const routed = routeEvent(event);
    const candidates = await this.endpoints.candidates(routed.institutions);
    const receivers = candidates.filter((endpoint) => endpointReceives(endpoint, event.type, routed));
    if (!receivers.length) return 0;
    const payload = webhookBody(
      event.type,
      event.id,
      event.time,
      routed.data,
      this.config.NOTIFICATIONS_API_BASE_URL,
    );
    await this.messages.accept(
      receivers.map((endpoint) => ({
        endpointId: endpoint._id.toHexString(),
        institutionId: endpoint.institutionId,
        eventId: event.id,
        eventType: event.type,
        webhookId: webhookIdOf(event.id),
        payload,
      })),
      new Date(),
    );
    this.dispatcher.wake();
    return receivers.length;
  }
}
