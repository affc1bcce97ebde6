import { useCallback, useEffect, useState } from 'react';

export interface Loaded<T> {
  data?: T;
  error?: unknown;
  loading: boolean;
  reload: () => void;
}

/** Runs `load` when `key` changes (and on reload); openapi-fetch results are unwrapped by the caller. */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) => current && setState({ error, loading: false }),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure every render: `key` says when its inputs changed.
  }, [key, round]);
  return { ...state, reload };
}

/** A failed call: the problem+json the gateway answered (problemText reads its detail). */
export class ApiFailure extends Error {
  constructor(readonly problem: unknown) {
    const detail = (problem as { detail?: unknown } | undefined)?.detail;
    super(typeof detail === 'string' ? detail : 'request failed');
  }
}

/** openapi-fetch answers { data } or { error }: a page wants the data or a thrown problem. */
export async function unwrap<T>(result: Promise<{ data?: T; error?: unknown }>): Promise<T> {
  const { data, error } = await result;
  if (error !== undefined || data === undefined) throw new ApiFailure(error);
  return data;
}
