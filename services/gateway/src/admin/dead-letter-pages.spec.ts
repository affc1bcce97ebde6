import {
  DomainError,
  type DeadLetter,
  type DeadLetterPage,
  type EventService,
  type PageQuery,
} from '@elo/contracts';
import { decodePagesCursor, pageAcross } from './dead-letter-pages';

const letter = (service: EventService, n: number) =>
  ({ id: `${service}.${String(n).padStart(24, '0')}` }) as DeadLetter;

/** A service holding `count` letters, paged the way the services page them. */
function store(counts: Partial<Record<EventService, number>>) {
  return async (service: EventService, query: PageQuery): Promise<DeadLetterPage> => {
    const all = Array.from({ length: counts[service] ?? 0 }, (_, i) => letter(service, i));
    const from = query.cursor ? Number(Buffer.from(query.cursor, 'base64url').toString()) : 0;
    const items = all.slice(from, from + query.limit);
    const next = from + items.length;
    return { items, nextCursor: next < all.length ? Buffer.from(String(next)).toString('base64url') : null };
  };
}

async function walk(services: EventService[], fetch: ReturnType<typeof store>, limit: number) {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 50; pages++) {
    const page = await pageAcross(services, { limit, ...(cursor ? { cursor } : {}) }, fetch);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    ids.push(...page.items.map((i) => i.id));
    if (!page.nextCursor) return ids;
    cursor = page.nextCursor;
  }
  throw new Error('did not end');
}

describe('pageAcross', () => {
  it('walks every service’s letters once, in service order, whatever the page size', async () => {
    const fetch = store({ 'plan-tracking': 5, notifications: 0, training: 3 });
    const services: EventService[] = ['plan-tracking', 'notifications', 'training'];
    const expected = [
      ...Array.from({ length: 5 }, (_, i) => letter('plan-tracking', i).id),
      ...Array.from({ length: 3 }, (_, i) => letter('training', i).id),
    ];
    for (const limit of [1, 2, 3, 5, 8, 100]) expect(await walk(services, fetch, limit)).toEqual(expected);
  });

  it('skips a service that does not answer and names it', async () => {
    const ok = store({ training: 2 });
    const fetch = async (service: EventService, query: PageQuery) => {
      if (service === 'notifications') throw new DomainError('COMMON.SERVICE_UNAVAILABLE', 'down');
      return ok(service, query);
    };
    const page = await pageAcross(['notifications', 'training'], { limit: 10 }, fetch);
    expect(page.items).toHaveLength(2);
    expect(page.unavailable).toEqual(['notifications']);
    await expect(pageAcross(['notifications'], { limit: 10 }, fetch, false)).rejects.toMatchObject({
      code: 'COMMON.SERVICE_UNAVAILABLE',
    });
  });

  it('passes other errors through', async () => {
    const fetch = async () => Promise.reject(new DomainError('COMMON.VALIDATION', 'bad cursor'));
    await expect(pageAcross(['training'], { limit: 10 }, fetch)).rejects.toMatchObject({
      code: 'COMMON.VALIDATION',
    });
  });

  it('refuses a cursor it did not make', () => {
    expect(() => decodePagesCursor('bm9wZQ', ['training'])).toThrow(DomainError);
    expect(() => decodePagesCursor(Buffer.from('training~a b').toString('base64url'), ['training'])).toThrow(
      DomainError,
    );
  });
});
