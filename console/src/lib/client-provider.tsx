import { createContext, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Provider } from 'urql';
import { navigate } from 'wouter/use-browser-location';
import { createClient } from './client';
import { createLiveConnection, type LiveConnection, type LiveSnapshot } from './live';
import { SIGN_IN_PATH, signInPath } from './paths';

interface Session {
  /**
   * Drops every cached result and starts a fresh client: after signing in or out, nothing the
   * previous session saw (or did not see) may be shown.
   */
  resetClient(): void;
}

const SessionContext = createContext<Session | null>(null);
const LiveContext = createContext<LiveConnection | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() needs <ClientProvider> above it.');
  return session;
}

const IDLE: LiveSnapshot = { state: 'idle', epoch: 0 };
const noop = () => () => undefined;

/** Whether live updates flow now, and how many connections were made (see lib/live.ts). */
export function useLiveSnapshot(): LiveSnapshot {
  const live = useContext(LiveContext);
  return useSyncExternalStore(live ? live.subscribe : noop, live ? live.getSnapshot : () => IDLE);
}

/** Sends the user to the sign-in page, remembering where they were. */
function toSignIn() {
  const { pathname, search, hash } = window.location;
  // Several operations may fail at once; one redirect is enough, and never away from the form.
  if (pathname === SIGN_IN_PATH) return;
  navigate(signInPath(pathname + search + hash), { replace: true });
}

export function ClientProvider({ children }: { children: ReactNode }) {
  const make = useCallback(() => {
    const live = createLiveConnection();
    return { live, client: createClient({ onUnauthenticated: toSignIn, live }) };
  }, []);
  const [current, setCurrent] = useState(make);
  const session = useMemo<Session>(() => ({ resetClient: () => setCurrent(make()) }), [make]);
  // A new session gets a new socket: the old one was authenticated as someone else (or no one).
  useEffect(() => () => current.live.dispose(), [current]);
  return (
    <SessionContext.Provider value={session}>
      <LiveContext.Provider value={current.live}>
        <Provider value={current.client}>{children}</Provider>
      </LiveContext.Provider>
    </SessionContext.Provider>
  );
}
