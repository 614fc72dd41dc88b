import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import type { AnyVariables, CombinedError, DocumentInput } from '@urql/core';
import { useLiveSnapshot } from './client-provider';
import type { LiveState } from './live';

/** How long after a subscription is (re)established the page re-reads its data once. */
export const RESYNC_DELAY_MS = 750;

/** The newest live events kept in memory. */
const KEEP = 200;

export interface LiveEvents<Event> {
  /** Events received since the page subscribed, newest first. */
  events: Event[];
  /** The subscription failed (refused, or the connection gave up). */
  error: CombinedError | undefined;
  state: LiveState;
  /** Subscribes again after a failure. */
  retry(): void;
}

export interface LiveEventsOptions<Event> {
  pause?: boolean;
  /** Each event as it arrives (after it is in `events`). */
  onEvent?: (event: Event) => void;
  /**
   * Called once a little after the subscription starts, and again after each reconnection:
   * whatever happened between the page's query and the subscription being in place (or while the
   * socket was down) was not pushed, so the page re-reads its query. Not a polling loop.
   */
  onResync?: () => void;
}

/**
 * A GraphQL subscription as a list of events, newest first, for pages that fold live events into
 * what their query returned (lib/jobs.ts has the folding).
 */
export function useLiveEvents<Data, Variables extends AnyVariables, Event extends { id: string }>(
  query: DocumentInput<Data, Variables>,
  variables: Variables,
  select: (data: Data) => Event,
  { pause = false, onEvent, onResync }: LiveEventsOptions<Event> = {},
): LiveEvents<Event> {
  const [result, execute] = useSubscription<Data, Event[], Variables>(
    { query, variables, pause } as Parameters<typeof useSubscription<Data, Event[], Variables>>[0],
    (previous = [], data) => [select(data), ...previous.filter((e) => e.id !== select(data).id)].slice(0, KEEP),
  );
  const { state, epoch } = useLiveSnapshot();
  const callbacks = useRef({ onEvent, onResync });
  useEffect(() => {
    callbacks.current = { onEvent, onResync };
  });

  const newest = result.data?.[0];
  useEffect(() => {
    if (newest) callbacks.current.onEvent?.(newest);
  }, [newest]);

  const key = JSON.stringify(variables);
  useEffect(() => {
    if (pause || state !== 'connected') return;
    const timer = window.setTimeout(() => callbacks.current.onResync?.(), RESYNC_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [pause, state, epoch, key]);

  return {
    events: result.data ?? [],
    error: result.error,
    state: pause ? 'idle' : state,
    retry: () => execute({ requestPolicy: 'network-only' }),
  };
}
