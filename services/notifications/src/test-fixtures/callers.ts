import type { Caller } from '@elo/contracts';

/** Two agencies' institutions, whose endpoints and messages each must keep from the other. */
export const A = '665f1c2e9b1e8a00000000aa';
export const B = '665f1c2e9b1e8a00000000bb';
export const agencyA: Caller = { clientId: 'a', institutionId: A, roles: ['agency'] };
export const agencyB: Caller = { clientId: 'b', institutionId: B, roles: ['agency'] };
/** A coordinator reads every endpoint but acts on none of another institution's. */
export const coordinator: Caller = {
  clientId: 'c',
  institutionId: '665f1c2e9b1e8a00000000cc',
  roles: ['coordinator'],
};
