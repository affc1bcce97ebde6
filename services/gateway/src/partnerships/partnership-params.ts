import { z } from 'zod';
import { idSchema } from '@elo/contracts';

export const partnershipRefSchema = z.strictObject({ id: idSchema.meta({ description: 'Agreement id' }) });

export const commitmentRefSchema = partnershipRefSchema.extend({
  commitmentId: idSchema.meta({ description: 'Commitment id' }),
});
