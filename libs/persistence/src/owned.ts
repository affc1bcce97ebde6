import type { QueryFilter } from 'mongoose';

/**
 * A filter on institution-owned data. The institution id is required by the type, so a repository
 * method cannot be written that reads another institution's records by accident.
 */
export type OwnedFilter<T> = QueryFilter<T> & { institutionId: string };
