import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { navigate } from 'wouter/use-browser-location';
import { createClient } from './client';
import { SIGN_IN_PATH, signInPath } from './paths';

interface Session {
  /**
   * Drops every cached result and starts a fresh client: after signing in or out, nothing the
   * previous session saw (or did not see) may be shown.
   */
  resetClient(): void;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() needs <ClientProvider> above it.');
  return session;
}

/** Sends the user to the sign-in page, remembering where they were. */
function toSignIn() {
  const { pathname, search, hash } = window.location;
  // Several operations may fail at once; one redirect is enough, and never away from the form.
  if (pathname === SIGN_IN_PATH) return;
  navigate(signInPath(pathname + search + hash), { replace: true });
}

export function ClientProvider({ children }: { children: ReactNode }) {
  const make = useCallback(() => createClient({ onUnauthenticated: toSignIn }), []);
  const [client, setClient] = useState(make);
  const session = useMemo<Session>(() => ({ resetClient: () => setClient(make()) }), [make]);
  return (
    <SessionContext.Provider value={session}>
      <Provider value={client}>{children}</Provider>
    </SessionContext.Provider>
  );
}
