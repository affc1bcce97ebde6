import { Inject, Injectable } from '@nestjs/common';
import { Outbox } from '@elo/events';
import { NOTIFICATIONS_CONFIG } from '../notifications.tokens';
import type { NotificationsConfig } from '../config';
import { EndpointRepository, type EndpointRow } from '../endpoints/endpoint.repository';
import { guardMode } from '../endpoints/endpoint.service';
import { SecretBox } from '../secrets/secret-box';
import { send, type SendResult } from './http-sender';
import { MessageRepository, loggedOf, type AttemptOutcome, type MessageRow } from './message.repository';
import { nextAttemptDelay, parseRetryAfter } from './retry-schedule';
import { signedHeaders } from './signer';

/** One claimed attempt: sign, POST, log it, then settle the message and the endpoint's health. */
@Injectable()
export class AttemptRunner {
  constructor(
    private readonly messages: MessageRepository,
    private readonly endpoints: EndpointRepository,
    private readonly box: SecretBox,
    private readonly outbox: Outbox,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  async run(message: MessageRow, owner: string): Promise<void> {
    const endpoint = await this.endpoints.row('all', message.endpointId);
    if (!endpoint?.enabled) {
      // A disabled endpoint's messages fail; POST …/recover resends them once it is enabled again.
      return this.messages.settle(message, owner, { status: 'failed' });
    }
    const at = new Date();
    const headers = signedHeaders(message.webhookId, message.payload, this.secrets(endpoint, at), at);
    const result = await send(endpoint.url, message.payload, headers, {
      timeoutMs: this.config.NOTIFICATIONS_TIMEOUT_MS,
      mode: guardMode(this.config),
    });
    const succeeded = result.status !== undefined && result.status >= 200 && result.status < 300;
    const recorded = await this.messages.record({
      messageId: message._id.toHexString(),
      endpointId: message.endpointId,
      n: loggedOf(message) + 1,
      at,
      ...(result.status !== undefined ? { status: result.status } : {}),
      durationMs: result.durationMs,
      succeeded,
      response: result.response,
    });
    if (!recorded) return;
    await this.messages.settle(message, owner, await this.outcome(message, endpoint, result, succeeded));
  }

  private secrets(endpoint: EndpointRow, at: Date): string[] {
    const current = this.box.open(endpoint.secret);
    const graceLasts =
      endpoint.previousSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > at;
    return graceLasts && endpoint.previousSecret
      ? [current, this.box.open(endpoint.previousSecret)]
      : [current];
  }

  private async outcome(
    message: MessageRow,
    endpoint: EndpointRow,
    result: SendResult,
    succeeded: boolean,
  ): Promise<AttemptOutcome> {
    const now = new Date();
    if (succeeded) {
      await this.endpoints.markHealthy(endpoint._id);
      return { status: 'succeeded' };
    }
    if (result.status === 410) {
      await this.disable(endpoint, 'gone', now);
      return { status: 'failed' };
    }
    const failing = await this.endpoints.markFailing(endpoint._id, now);
    const since = failing?.failingSince?.getTime() ?? now.getTime();
    if (now.getTime() - since >= this.config.NOTIFICATIONS_DISABLE_AFTER_MS) {
      await this.disable(endpoint, 'failing', now);
      return { status: 'failed' };
    }
    const retryAfter = parseRetryAfter(headerValue(result.headers['retry-after']), now.getTime());
    const delay = nextAttemptDelay(
      {
        scheduleMs: this.config.NOTIFICATIONS_RETRY_SCHEDULE_MS,
        jitter: this.config.NOTIFICATIONS_RETRY_JITTER,
        maxRetryAfterMs: this.config.NOTIFICATIONS_MAX_RETRY_AFTER_MS,
      },
      message.attempts + 1,
      retryAfter,
    );
    return delay === null
      ? { status: 'failed' }
      : { status: 'pending', nextAttemptAt: new Date(now.getTime() + delay) };
  }

  private async disable(endpoint: EndpointRow, reason: 'gone' | 'failing', at: Date): Promise<void> {
    const id = endpoint._id.toHexString();
    const event = this.outbox.event('notification.endpoint-disabled', id, {
      endpointId: id,
      institutionId: endpoint.institutionId,
      reason,
      disabledAt: at.toISOString(),
    });
    await this.endpoints.disable(endpoint._id, reason, event);
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
