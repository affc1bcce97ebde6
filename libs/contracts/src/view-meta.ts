import { z } from 'zod';

// Pieces of the answer schemas (what services return), so each field documents itself the same way.

/** `.meta(d('…'))`: a field's description in the API documentation. */
export const d = (description: string) => ({ description });

/** A time as answers carry it: ISO 8601, UTC. */
export const isoTimeSchema = (description: string) =>
  z.iso.datetime().meta(d(`${description} (ISO 8601, UTC)`));
