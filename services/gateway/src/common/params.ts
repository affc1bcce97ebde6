import { z } from 'zod';
import { apiClientIdSchema, deadLetterIdSchema, idSchema } from '@elo/contracts';

// Path parameters that only the HTTP routes have; the others are the contracts' request schemas.

export const idParamsSchema = z.strictObject({ id: idSchema });

export const apiClientParamsSchema = z.strictObject({
  id: idSchema.meta({ description: 'Institution id' }),
  clientId: apiClientIdSchema,
});

export const deadLetterParamsSchema = z.strictObject({ id: deadLetterIdSchema });
