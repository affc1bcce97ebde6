import { useEffect, useState } from 'react';
import { api } from './api/client';
import { unwrap } from './use-load';

export interface InstitutionName {
  id: string;
  acronym: string;
  name: string;
}

// Pages name institutions by directory id. The list is read once per session (every role may read
// it) and kept here; an id missing from it is read on its own, once. Pages follow each other quickly,
// so asking again on every page would repeat the same calls for the same few dozen institutions.
const MAX_PAGES = 20;
const known = new Map<string, InstitutionName>();
let list: Promise<void> | undefined;
const single = new Map<string, Promise<void>>();

function keep(items: InstitutionName[]): void {
  for (const { id, acronym, name } of items) known.set(id, { id, acronym, name });
}

async function readList(): Promise<void> {
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await unwrap(
      api.GET('/v1/institutions', { params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } } }),
    );
    keep(answer.items);
    if (!answer.nextCursor) return;
    cursor = answer.nextCursor;
  }
}

function readOne(id: string): Promise<void> {
  let pending = single.get(id);
  if (!pending) {
    // A refusal (e.g. 404 for an institution the caller may not see) is kept too: the id stays shown.
    pending = unwrap(api.GET('/v1/institutions/{id}', { params: { path: { id } } })).then(
      (institution) => keep([institution]),
      () => undefined,
    );
    single.set(id, pending);
  }
  return pending;
}

async function resolve(ids: string[]): Promise<void> {
  list ??= readList().catch(() => {
    // A failed list (network, 503) is tried again by the next page rather than kept for the session.
    list = undefined;
  });
  await list;
  await Promise.all(ids.filter((id) => !known.has(id)).map(readOne));
}

/** After sign-out: the next person may see other institutions. */
export function forgetInstitutions(): void {
  known.clear();
  single.clear();
  list = undefined;
}

/** "MJSP — Ministério da Justiça e Segurança Pública", or the id when the institution cannot be read. */
export function institutionText(id: string): string {
  const institution = known.get(id);
  return institution ? `${institution.acronym} — ${institution.name}` : id;
}

/** Rerenders the caller once the named institutions are known; read names with institutionText. */
export function useInstitutions(ids: (string | undefined)[]): void {
  const wanted = ids.filter((id): id is string => Boolean(id));
  const key = wanted.join(',');
  const [, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    void resolve(wanted).then(() => current && setRound((r) => r + 1));
    return () => {
      current = false;
    };
    // `wanted` is a fresh array every render: `key` says when it changed.
  }, [key]);
}

export function Institution({ id }: { id: string }) {
  useInstitutions([id]);
  return <>{institutionText(id)}</>;
}
