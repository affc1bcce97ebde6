import { createCloudEvent, type Indicator } from '@elo/contracts';
import { addPeopleTrained, mergeParticipants, partnershipEvidence, trainingEvidence } from './event-evidence';

const indicator = (over: Partial<Indicator>): Indicator => ({
  key: 'k',
  name: 'n',
  unit: 'people_trained',
  baseline: 0,
  target: 100,
  countsPeopleTrained: true,
  values: [],
  ...over,
});

describe('people trained', () => {
  const participants = [
    { audience: 'health' as const, count: 30 },
    { audience: 'justice_system' as const, count: 12 },
  ];

  it('adds participants to indicators that count them, per audience filter, in the quarter the training ended', () => {
    const result = addPeopleTrained(
      [
        indicator({ key: 'all', values: [{ period: '2025-Q3', value: 8 }] }),
        indicator({ key: 'health', audiences: ['health'] }),
        indicator({ key: 'education', audiences: ['education'] }),
        indicator({ key: 'meetings', unit: 'meetings', countsPeopleTrained: false }),
      ],
      participants,
      '2025-09-30T23:00:00.000Z',
    );
    expect(Object.fromEntries(result.map((i) => [i.key, i.values]))).toEqual({
      all: [{ period: '2025-Q3', value: 50 }],
      health: [{ period: '2025-Q3', value: 30 }],
      education: [],
      meetings: [],
    });
  });

  it('moves nothing for a training outside the plan’s years', () => {
    const before = [indicator({})];
    expect(addPeopleTrained(before, participants, '2029-02-01T00:00:00.000Z')).toEqual(before);
  });

  it('merges repeated audiences', () => {
    expect(mergeParticipants([...participants, { audience: 'health', count: 1 }])).toEqual([
      { audience: 'health', count: 31 },
      { audience: 'justice_system', count: 12 },
    ]);
  });
});

describe('evidence entries', () => {
  it('derive their id from the event, so one event leaves one entry', () => {
    const training = createCloudEvent(
      'training.completed',
      't1',
      {
        trainingId: 't1',
        title: 'T',
        activityCodes: ['1.1.1'],
        completedAt: '2025-01-10T00:00:00.000Z',
        participants: [],
      },
      { producer: 'training', correlationId: 'c' },
    );
    expect(trainingEvidence(training)).toMatchObject({
      id: `event-${training.id}`,
      kind: 'training',
      sourceEventId: training.id,
    });
    const signed = createCloudEvent(
      'partnership.signed',
      'p1',
      {
        partnershipId: 'p1',
        title: 'P',
        kind: 'international_project',
        partnerInstitutionIds: ['x', 'x', 'y'],
        activityCodes: ['1.1.1'],
        signedAt: '2025-01-10T00:00:00.000Z',
      },
      { producer: 'partnerships', correlationId: 'c' },
    );
    expect(partnershipEvidence(signed)).toMatchObject({
      kind: 'partnership',
      sourceId: 'p1',
      institutionIds: ['x', 'y'],
    });
  });
});
