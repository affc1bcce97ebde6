import {
  EVENT_CATALOG,
  EVENT_TYPES,
  durableName,
  eventSubject,
  streamName,
  streamSubjects,
} from '@elo/contracts';
import { consumerSpec } from './consumers';
import { defaultHandlerName } from './on-event.decorator';
import { streamConfig } from './streams';
import { resolveOptions } from './tuning';

describe('JetStream names and declarations', () => {
  const { tuning } = resolveOptions({ service: 'plan-tracking', servers: [] });

  it('gives every event type a subject under its producer’s stream', () => {
    for (const type of EVENT_TYPES) {
      const def = EVENT_CATALOG[type];
      expect(def.subject).toBe(eventSubject(def.producer, type));
      expect(def.subject.startsWith(streamSubjects(def.producer).slice(0, -1))).toBe(true);
    }
    expect(streamName('plan-tracking')).toBe('ELO_PLAN_TRACKING');
  });

  it('declares streams on file storage with a duplicate window of at least 2 minutes', () => {
    const config = streamConfig('directory', tuning);
    expect(config).toMatchObject({ name: 'ELO_DIRECTORY', subjects: ['elo.directory.>'], storage: 'file' });
    expect(config.duplicate_window).toBeGreaterThanOrEqual(120 * 1e9);
    expect(config.num_replicas).toBe(tuning.streamReplicas);
    expect(streamConfig('directory', { ...tuning, streamReplicas: 3 }).num_replicas).toBe(3);
  });

  it('declares one durable per (service, handler): explicit ack, finite MaxDeliver, its own ack wait', () => {
    const { stream, config } = consumerSpec(
      'plan-tracking',
      'record-training-evidence',
      'training.completed',
      tuning,
    );
    expect(stream).toBe('ELO_TRAINING');
    expect(config).toMatchObject({
      durable_name: 'plan-tracking__record-training-evidence',
      filter_subject: 'elo.training.training.completed',
      ack_policy: 'explicit',
      max_deliver: 8,
    });
    // Server-side BackOff would pin the ack wait to its first step; delays travel with each nak instead.
    expect(config.backoff).toBeUndefined();
    expect(config.ack_wait).toBe(30_000 * 1e6);
  });

  it('refuses handler names NATS cannot carry in a durable', () => {
    expect(() => durableName('plan-tracking', 'bad.name')).toThrow();
    expect(() => durableName('plan-tracking', 'Bad')).toThrow();
    expect(defaultHandlerName('InstitutionEventsHandler', 'onCreated')).toBe(
      'institution-events-handler-on-created',
    );
  });
});
