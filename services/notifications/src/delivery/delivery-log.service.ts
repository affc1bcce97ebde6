import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  TEST_EVENT_TYPE,
  type Caller,
  type NotificationAttempt,
  type NotificationMessage,
  type Page,
  type RpcRequest,
} from '@elo/contracts';
import { trusted } from 'mongoose';
import { NOTIFICATIONS_CONFIG } from '../notifications.tokens';
import type { NotificationsConfig } from '../config';
import { EndpointService } from '../endpoints/endpoint.service';
import { webhookBody, webhookIdOf } from '../intake/payload';
import { Dispatcher } from './dispatcher';
import { MessageRepository, toMessage } from './message.repository';

/** The delivery log of an endpoint (readers), and what its owner may resend. */
@Injectable()
export class DeliveryLogService {
  constructor(
    private readonly endpoints: EndpointService,
    private readonly messages: MessageRepository,
    private readonly dispatcher: Dispatcher,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  async messagePage(
    input: RpcRequest<'notifications.message.list'>,
    caller: Caller,
  ): Promise<Page<NotificationMessage>> {
    const endpoint = await this.endpoints.readable(input.id, caller);
    return this.messages.page(endpoint._id.toHexString(), input.status, input);
  }

  async attemptPage(
    input: RpcRequest<'notifications.attempt.list'>,
    caller: Caller,
  ): Promise<Page<NotificationAttempt>> {
    const endpoint = await this.endpoints.readable(input.id, caller);
    return this.messages.attemptPage(endpoint._id.toHexString(), input.messageId, input);
  }

  async replay(endpointId: string, messageId: string, caller: Caller): Promise<NotificationMessage> {
    const endpoint = await this.endpoints.managed(endpointId, caller);
    const id = endpoint._id.toHexString();
    const message = await this.messages.one(id, messageId);
    if (!message)
      throw new DomainError('NOTIFICATION.MESSAGE_NOT_FOUND', `No message ${messageId} on endpoint ${id}.`);
    await this.messages.resend({ _id: message._id }, new Date());
    this.dispatcher.wake();
    const after = await this.messages.one(id, messageId);
    return toMessage(after ?? message);
  }

  async recover(endpointId: string, since: string, caller: Caller): Promise<{ resent: number }> {
    const endpoint = await this.endpoints.managed(endpointId, caller);
    const resent = await this.messages.resend(
      {
        endpointId: endpoint._id.toHexString(),
        status: 'failed',
        createdAt: trusted({ $gte: new Date(since) }),
      },
      new Date(),
    );
    this.dispatcher.wake();
    return { resent };
  }

  /** A `notification.test` message through the same pipe as real ones (signed, retried, logged). */
  async test(endpointId: string, caller: Caller): Promise<NotificationMessage> {
    const endpoint = await this.endpoints.managed(endpointId, caller);
    const id = endpoint._id.toHexString();
    const eventId = `test-${randomUUID()}`;
    const now = new Date();
    const payload = webhookBody(
      TEST_EVENT_TYPE,
      eventId,
      now.toISOString(),
      { ids: { endpointId: id }, links: { endpoint: `/v1/notifications/endpoints/${id}` } },
      this.config.NOTIFICATIONS_API_BASE_URL,
    );
    await this.messages.accept(
      [
        {
          endpointId: id,
          institutionId: endpoint.institutionId,
          eventId,
          eventType: TEST_EVENT_TYPE,
          webhookId: webhookIdOf(eventId),
          payload,
        },
      ],
      now,
    );
    this.dispatcher.wake();
    const created = await this.messages.byEvent(id, eventId);
    if (!created) throw new Error(`The test message of endpoint ${id} was not stored`);
    return toMessage(created);
  }
}
