import type { ExecutionResult, SubscriptionForwarder } from '@urql/core';
import type { Client as WsClient, ClientOptions as WsClientOptions, Sink } from 'graphql-ws/client';

/**
 * The console's live connection: GraphQL subscriptions over graphql-ws on the API's own origin
 * (`ws(s)://<host>/graphql`). The server authenticates the socket with the session cookie, which
 * the browser sends because the page is same-origin; no token is ever handled here.
 *
 * graphql-ws is loaded on the first subscription, so the sign-in page and the first screens stay
 * small. The socket opens while a subscription needs it and closes after the last one ends; it
 * reconnects by itself, and `state` / `epoch` let pages say whether they are live and re-read what
 * they may have missed after a reconnection.
 */

export type LiveState =
  /** No subscription is running. */
  | 'idle'
  | 'connecting'
  | 'connected'
  /** The socket dropped; graphql-ws is trying again. */
  | 'reconnecting'
  /** Given up (the server refused the session, or retries ran out). */
  | 'closed';

export interface LiveSnapshot {
  state: LiveState;
  /** Counts the connections made: a page re-reads its data when it changes after it subscribed. */
  epoch: number;
}

export interface LiveConnection {
  /** For urql's subscriptionExchange. */
  forwardSubscription(request: Parameters<SubscriptionForwarder>[0]): ReturnType<SubscriptionForwarder>;
  getSnapshot(): LiveSnapshot;
  /** Calls `listener` whenever the snapshot changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Closes the socket (the session ended); a later subscription would open a new one. */
  dispose(): void;
}

export interface LiveConnectionOptions {
  /** ws(s)://…/graphql; by default the page's origin. */
  url?: string;
  /** How graphql-ws is loaded: a dynamic import, replaced in tests. */
  load?: () => Promise<{ createClient(options: WsClientOptions): WsClient }>;
}

/** `ws://host/graphql` for `http://host/…`, `wss://` for `https://`. */
export function liveUrl(location: { protocol: string; host: string }, path = '/graphql'): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${path}`;
}

export function createLiveConnection({ url, load = () => import('graphql-ws/client') }: LiveConnectionOptions = {}): LiveConnection {
  let snapshot: LiveSnapshot = { state: 'idle', epoch: 0 };
  const listeners = new Set<() => void>();
  let client: Promise<WsClient> | null = null;
  let active = 0;

  const set = (next: Partial<LiveSnapshot>) => {
    const merged = { ...snapshot, ...next };
    if (merged.state === snapshot.state && merged.epoch === snapshot.epoch) return;
    snapshot = merged;
    for (const listener of [...listeners]) listener();
  };

  const getClient = () =>
    (client ??= load().then(({ createClient }) =>
      createClient({
        url: url ?? liveUrl(window.location),
        lazy: true,
        // A dead connection (a proxy that dropped it silently) is noticed within this time.
        keepAlive: 15_000,
        retryAttempts: 20,
        on: {
          connecting: (isRetry) => set({ state: isRetry ? 'reconnecting' : 'connecting' }),
          connected: () => set({ state: 'connected', epoch: snapshot.epoch + 1 }),
          closed: () => set({ state: active > 0 ? 'reconnecting' : 'idle' }),
        },
      }),
    ));

  return {
    forwardSubscription(request) {
      const payload = { ...request, query: request.query ?? '' };
      return {
        subscribe(sink) {
          let stop: (() => void) | null = null;
          let ended = false;
          active++;
          const end = () => {
            if (ended) return;
            ended = true;
            active--;
            if (active === 0 && snapshot.state !== 'closed') set({ state: 'idle' });
          };
          const relay: Sink<ExecutionResult> = {
            next: (value) => sink.next(value as ExecutionResult),
            error: (error) => {
              end();
              // GraphQL errors (an array) are about this subscription; anything else ended the socket.
              if (!Array.isArray(error)) set({ state: 'closed' });
              sink.error(error);
            },
            complete: () => {
              end();
              sink.complete();
            },
          };
          getClient().then(
            (ws) => {
              if (!ended) stop = ws.subscribe(payload, relay);
            },
            (error: unknown) => relay.error(error),
          );
          return {
            unsubscribe() {
              end();
              stop?.();
            },
          };
        },
      };
    },
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      void client?.then((ws) => ws.dispose());
      client = null;
    },
  };
}
