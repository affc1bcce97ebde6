import { createContext, useContext } from 'react';
import type { Role, SessionView } from './api/session';

export interface SessionState {
  session: SessionView;
  /** Forget the session locally (after sign-out, or when the API answers 401). */
  clear: () => void;
  /** The session as changed by the person (their second factor turned on). */
  update: (session: SessionView) => void;
}

export const SessionContext = createContext<SessionState | undefined>(undefined);

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside a signed-in page');
  return state;
}

export function hasRole(session: SessionView, ...roles: Role[]): boolean {
  return session.person.roles.some((r) => roles.includes(r));
}
