import { Reflector } from '@nestjs/core';
import type { EloCloudEvent } from '@elo/contracts';
import { ON_EVENT_METADATA, OnEvent, type OnEventMetadata } from './on-event.decorator';

class Handlers {
  @OnEvent('training.completed', { name: 'record-training-evidence' })
  async record(_event: EloCloudEvent<'training.completed'>): Promise<void> {}

  // @ts-expect-error the method's event type must be the decorator's
  @OnEvent('institution.created')
  async wrongType(_event: EloCloudEvent<'training.completed'>): Promise<void> {}

  // @ts-expect-error a handler must return a promise (acked when it settles)
  @OnEvent('institution.created')
  notAsync(_event: EloCloudEvent<'institution.created'>): void {}
}

describe('@OnEvent', () => {
  it('records the event type and the handler name on the method', () => {
    const meta = new Reflector().get<OnEventMetadata>(ON_EVENT_METADATA, Handlers.prototype.record);
    expect(meta).toEqual({ type: 'training.completed', name: 'record-training-evidence' });
  });
});
