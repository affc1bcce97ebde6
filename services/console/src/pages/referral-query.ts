import type { paths } from '../api/schema';
import { REFERRAL_STATUS, REFERRAL_URGENCY } from '../labels';

// The inbox and the outbox take the same filters.
type ListQuery = NonNullable<paths['/v1/referrals/inbox']['get']['parameters']['query']>;

export const OVERDUE_OPTIONS: Record<string, string> = {
  sim: 'Prazo de resposta vencido',
  nao: 'Dentro do prazo',
};

function pick<K extends string>(map: Record<string, string>, value: string | null): K | undefined {
  return value !== null && Object.hasOwn(map, value) ? (value as K) : undefined;
}

/**
 * The address's filters (Portuguese names) as the API's query. Values the API would refuse are
 * dropped, so a hand-edited address shows the unfiltered box rather than an error.
 */
export function referralQuery(query: URLSearchParams): ListQuery {
  const result: ListQuery = { limit: 100 };
  const status = pick<NonNullable<ListQuery['status']>>(REFERRAL_STATUS, query.get('situacao'));
  const urgency = pick<NonNullable<ListQuery['urgency']>>(REFERRAL_URGENCY, query.get('urgencia'));
  const overdue = query.get('atraso');
  if (status) result.status = status;
  if (urgency) result.urgency = urgency;
  if (overdue === 'sim' || overdue === 'nao') result.overdue = overdue === 'sim';
  return result;
}
