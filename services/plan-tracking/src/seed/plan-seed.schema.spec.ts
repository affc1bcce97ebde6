import { parsePlanSeed } from './plan-seed.schema';

const seed = () => ({
  axes: [{ number: 1, title: 'Prevenção', description: 'Ações de prevenção' }],
  actions: [{ code: '1.1', axis: 1, title: 'Campanhas' }],
  activities: [{ code: '1.1.1', action: '1.1', axis: 1, text: 'Realizar campanhas' }],
});

describe('the plan seed check at boot', () => {
  it('accepts a consistent seed', () => {
    expect(parsePlanSeed(seed())).toEqual(seed());
  });

  it.each([
    [
      'an activity filed under another action',
      (s: ReturnType<typeof seed>) => (s.activities[0].action = '1.2'),
    ],
    ['a repeated action', (s: ReturnType<typeof seed>) => s.actions.push({ ...s.actions[0] })],
    ['an action under an unknown axis', (s: ReturnType<typeof seed>) => (s.actions[0].axis = 2)],
    [
      'text with a double space',
      (s: ReturnType<typeof seed>) => (s.activities[0].text = 'Realizar  campanhas'),
    ],
  ])('refuses %s', (_, spoil) => {
    const spoilt = seed();
    spoil(spoilt);
    expect(() => parsePlanSeed(spoilt)).toThrow();
  });
});
