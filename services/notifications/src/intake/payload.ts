import type { ThinData } from '../routing/routing-table';

/**
 * The body every endpoint receives, in the Standard Webhooks shape `{ type, timestamp, data }`:
 * the event's id, the routed ids, a status and absolute API links, nothing else.
 */
export function webhookBody(
  type: string,
  eventId: string,
  time: string,
  thin: ThinData,
  apiBase: string,
): string {
  const base = apiBase.replace(/\/+$/, '');
  const links = Object.fromEntries(
    Object.entries(thin.links).map(([name, path]) => [name, `${base}${path}`]),
  );
  return JSON.stringify({
    type,
    timestamp: time,
    data: { eventId, ...thin.ids, ...(thin.status ? { status: thin.status } : {}), links },
  });
}

/** One message id per event, shared by its endpoints: `msg_` + the event id. */
export function webhookIdOf(eventId: string): string {
  return `msg_${eventId}`;
}
