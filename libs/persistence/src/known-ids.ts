import { trusted, type Model, type QueryFilter } from 'mongoose';

/**
 * The ids among `ids` that have a document in `model`, for the local copies of another service's data
 * (kept by its events, under its string ids): one query, whatever the repeats in `ids`.
 */
export async function knownIds<T extends { _id: string }>(
  model: Model<T>,
  ids: readonly string[],
): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await model
    .find({ _id: trusted({ $in: [...new Set(ids)] }) } as QueryFilter<T>, { _id: 1 })
    .lean<{ _id: string }[]>()
    .exec();
  return new Set(rows.map((r) => r._id));
}
