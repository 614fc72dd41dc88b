import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange, type Operation } from '@urql/core';
import { hasErrorCode } from './errors';
import type { LiveConnection } from './live';

export interface ClientOptions {
  /** The GraphQL endpoint; the console is served by the same origin as the API. */
  url?: string;
  /** Called when the server says the caller is not signed in (any operation but those that opt out). */
  onUnauthenticated: (operation: Operation) => void;
  /** Where subscriptions go (graphql-ws on the same origin); without it, the client has none. */
  live?: LiveConnection;
}

/**
 * Operations that expect UNAUTHENTICATED as an ordinary answer (a wrong password on the sign-in
 * form) pass this in their context so they are not sent to the sign-in page.
 */
export const HANDLES_UNAUTHENTICATED = { handlesUnauthenticated: true } as const;

/**
 * The console's urql client. Always POST with a JSON body: the server runs Apollo's CSRF
 * prevention and never accepts GET queries. The session is the HTTP-only `hr_session` cookie,
 * sent because the API is same-origin; the console never sees or stores a token. Subscriptions
 * travel over `live` (a WebSocket the server authenticates with the same cookie).
 */
export function createClient({ url = '/graphql', onUnauthenticated, live }: ClientOptions): Client {
  return new Client({
    url,
    preferGetMethod: false,
    fetchOptions: () => ({
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
    }),
    exchanges: [
      mapExchange({
        onError(error, operation) {
          if (operation.context['handlesUnauthenticated']) return;
          if (hasErrorCode(error, 'UNAUTHENTICATED')) onUnauthenticated(operation);
        },
      }),
      cacheExchange,
      fetchExchange,
      // Subscriptions (live job events) go over the WebSocket; queries and mutations stay on POST.
      ...(live ? [subscriptionExchange({ forwardSubscription: (request) => live.forwardSubscription(request) })] : []),
    ],
  });
}
