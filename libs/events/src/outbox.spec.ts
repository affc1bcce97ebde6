import { createCloudEvent } from '@elo/contracts';
import { runWithContext } from '@elo/observability';
import { Outbox, pushOutbox, withOutbox } from './outbox';
import type { OutboxRelay } from './outbox-relay';
import { resolveOptions } from './tuning';

const snapshot = {
  id: 'i1',
  name: 'PF',
  acronym: 'PF',
  kind: 'federal_body' as const,
  networks: [],
  version: 0,
};

describe('outbox', () => {
  const wake = jest.fn();
  const outbox = new Outbox(resolveOptions({ service: 'directory', servers: [] }), {
    wake,
  } as unknown as OutboxRelay);

  it('puts the events in the insert itself', () => {
    const event = createCloudEvent('institution.created', 'i1', snapshot, {
      producer: 'directory',
      correlationId: 'c',
    });
    expect(withOutbox({ _id: 'i1', name: 'PF' }, [event])).toEqual({
      _id: 'i1',
      name: 'PF',
      outbox: [event],
    });
  });

  it('appends the events to an update, keeping its other operators and pushes', () => {
    const event = createCloudEvent('institution.created', 'i1', snapshot, {
      producer: 'directory',
      correlationId: 'c',
    });
    expect(pushOutbox({ $set: { a: 1 }, $inc: { __v: 1 }, $push: { tags: 'x' } }, [event])).toEqual({
      $set: { a: 1 },
      $inc: { __v: 1 },
      $push: { tags: 'x', outbox: { $each: [event] } },
    });
  });

  it('builds events with the correlation and causation of the current context', () => {
    const event = runWithContext({ correlationId: 'corr-1', causationId: 'evt-0' }, () =>
      outbox.event('institution.created', 'i1', snapshot),
    );
    expect(event).toMatchObject({
      type: 'institution.created',
      source: '/elo/directory',
      subject: 'i1',
      correlationid: 'corr-1',
      causationid: 'evt-0',
    });
    const fromRequest = runWithContext({ correlationId: 'req-9' }, () =>
      outbox.event('institution.created', 'i1', snapshot),
    );
    expect(fromRequest).toMatchObject({ correlationid: 'req-9', causationid: 'req-9' });
  });

  it('refuses an event type another service produces', () => {
    const data = {
      trainingId: 't',
      title: 'x',
      activityCodes: [],
      completedAt: new Date().toISOString(),
      participants: [],
    };
    expect(() => outbox.event('training.completed', 't', data)).toThrow(/producer is training/);
  });

  it('wakes the relay on written(), passing on which document was written', () => {
    outbox.written();
    outbox.written({ collection: 'institutions', id: 'i1' });
    expect(wake.mock.calls).toEqual([[undefined], [{ collection: 'institutions', id: 'i1' }]]);
  });

  it('does not compile with a payload of the wrong shape', () => {
    const { acronym: _missing, ...withoutAcronym } = snapshot;
    // @ts-expect-error acronym is missing from the institution snapshot
    const wrong = () => outbox.event('institution.created', 'i1', withoutAcronym);
    // @ts-expect-error not an event type of the catalog
    const unknown = () => outbox.event('institution.deleted', 'i1', snapshot);
    expect([wrong, unknown]).toHaveLength(2);
  });
});
