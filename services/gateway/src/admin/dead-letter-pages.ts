import {
  CURSOR_PATTERN,
  DomainError,
  EVENT_SERVICES,
  eventConsumers,
  validationError,
  type DeadLetterPage,
  type EventService,
  type PageQuery,
} from '@elo/contracts';

/** Services that can hold dead letters: those that consume events, per the catalog. */
export function consumingServices(): EventService[] {
  const consumers: readonly string[] = eventConsumers();
  return EVENT_SERVICES.filter((s) => consumers.includes(s));
}

// The gateway's cursor names the service it is in and that service's own cursor.
export function encodePagesCursor(service: EventService, inner: string | null): string {
  return Buffer.from(`${service}~${inner ?? ''}`, 'utf8').toString('base64url');
}

export function decodePagesCursor(
  cursor: string,
  services: readonly EventService[],
): { index: number; inner?: string } {
  const [service, inner] = Buffer.from(cursor, 'base64url').toString('utf8').split('~');
  const index = services.indexOf(service as EventService);
  if (index < 0 || inner === undefined || (inner !== '' && !CURSOR_PATTERN.test(inner))) {
    throw validationError('cursor', 'is not a cursor returned by this API');
  }
  return { index, ...(inner ? { inner } : {}) };
}

export interface DeadLetterPageAcross extends DeadLetterPage {
  /** Services that did not answer: their dead letters are missing from this page. */
  unavailable: EventService[];
}

/**
 * One page across several services' dead letters: each service's letters in turn. A service that is
 * not running (declared a consumer but not deployed, or down) is skipped and named in `unavailable`.
 */
export async function pageAcross(
  services: readonly EventService[],
  query: PageQuery,
  fetch: (service: EventService, query: PageQuery) => Promise<DeadLetterPage>,
  skipUnavailable = true,
): Promise<DeadLetterPageAcross> {
  const start = query.cursor ? decodePagesCursor(query.cursor, services) : { index: 0 };
  const items: DeadLetterPage['items'] = [];
  const unavailable: EventService[] = [];
  for (let i = start.index; i < services.length; i++) {
    const service = services[i];
    const inner = i === start.index ? start.inner : undefined;
    let page: DeadLetterPage;
    try {
      page = await fetch(service, { limit: query.limit - items.length, ...(inner ? { cursor: inner } : {}) });
    } catch (error) {
      if (!skipUnavailable || !isUnavailable(error)) throw error;
      unavailable.push(service);
      continue;
    }
    items.push(...page.items);
    if (page.nextCursor)
      return { items, nextCursor: encodePagesCursor(service, page.nextCursor), unavailable };
    if (items.length >= query.limit) {
      const following = services[i + 1];
      return { items, nextCursor: following ? encodePagesCursor(following, null) : null, unavailable };
    }
  }
  return { items, nextCursor: null, unavailable };
}

function isUnavailable(error: unknown): boolean {
  return (
    error instanceof DomainError &&
    (error.code === 'COMMON.SERVICE_UNAVAILABLE' || error.code === 'COMMON.TIMEOUT')
  );
}
