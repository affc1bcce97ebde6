import type { paths } from '../api/schema';
import { PARTNERSHIP_KIND, PARTNERSHIP_SECTOR, PARTNERSHIP_STATUS } from '../labels';

type ListQuery = NonNullable<paths['/v1/partnerships']['get']['parameters']['query']>;

export const EXPIRING_OPTIONS: Record<string, string> = {
  '30': 'Vence em até 30 dias',
  '90': 'Vence em até 90 dias',
  '180': 'Vence em até 180 dias',
};

function pick<K extends string>(map: Record<string, string>, value: string | null): K | undefined {
  return value !== null && Object.hasOwn(map, value) ? (value as K) : undefined;
}

/**
 * The address's filters (Portuguese names) as the API's query. Values the API would refuse are
 * dropped, so a hand-edited address shows the unfiltered list rather than an error.
 */
export function partnershipQuery(query: URLSearchParams): ListQuery {
  const result: ListQuery = { limit: 100 };
  const kind = pick<NonNullable<ListQuery['kind']>>(PARTNERSHIP_KIND, query.get('tipo'));
  const sector = pick<NonNullable<ListQuery['sector']>>(PARTNERSHIP_SECTOR, query.get('setor'));
  const status = pick<NonNullable<ListQuery['status']>>(PARTNERSHIP_STATUS, query.get('situacao'));
  const country = query.get('pais')?.trim().toUpperCase();
  const expiring = Number(query.get('expira'));
  const text = query.get('texto')?.trim();
  if (kind) result.kind = kind;
  if (sector) result.sector = sector;
  if (status) result.status = status;
  if (country && /^[A-Z]{2}$/.test(country)) result.country = country;
  if (Number.isInteger(expiring) && expiring > 0 && expiring <= 3650) result.expiringWithinDays = expiring;
  if (text) result.q = text;
  return result;
}
