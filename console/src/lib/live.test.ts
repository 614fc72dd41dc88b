import { describe, expect, it } from 'vitest';
import type { Client as WsClient, ClientOptions, Sink } from 'graphql-ws/client';
import { createLiveConnection, liveUrl, type LiveState } from './live';

/** A stand-in for graphql-ws: records subscriptions and lets the test play the socket's events. */
function fakeGraphqlWs() {
  let options: ClientOptions | null = null;
  const subscriptions: { payload: unknown; sink: Sink; disposed: boolean }[] = [];
  let disposed = false;
  const client = {
    subscribe(payload: unknown, sink: Sink) {
      const entry = { payload, sink, disposed: false };
      subscriptions.push(entry);
      return () => {
        entry.disposed = true;
      };
    },
    dispose() {
      disposed = true;
    },
  } as unknown as WsClient;
  let loads = 0;
  return {
    load: async () => {
      loads++;
      return {
        createClient(o: ClientOptions) {
          options = o;
          return client;
        },
      };
    },
    get options() {
      return options!;
    },
    subscriptions,
    get loads() {
      return loads;
    },
    get disposed() {
      return disposed;
    },
    emit(event: 'connecting' | 'connected' | 'closed', arg?: boolean) {
      const on = options!.on as Record<string, (...a: unknown[]) => void>;
      if (event === 'connecting') on['connecting']!(arg ?? false);
      else if (event === 'connected') on['connected']!({}, undefined, arg ?? false);
      else on['closed']!({});
    },
  };
}

/** What urql hands the forwarder. */
const body = (query: string) => ({ query, operationName: undefined, variables: undefined, extensions: undefined });

const tick = () => new Promise((r) => setTimeout(r, 0));

function collect(observable: ReturnType<ReturnType<typeof createLiveConnection>['forwardSubscription']>) {
  const seen: { next: unknown[]; error: unknown[]; complete: number } = { next: [], error: [], complete: 0 };
  const sub = observable.subscribe({
    next: (v) => seen.next.push(v),
    error: (e) => seen.error.push(e),
    complete: () => seen.complete++,
  });
  return { seen, sub };
}

describe('liveUrl', () => {
  it('is the page’s origin over ws, or wss behind HTTPS', () => {
    expect(liveUrl({ protocol: 'http:', host: '127.0.0.1:4000' })).toBe('ws://127.0.0.1:4000/graphql');
    expect(liveUrl({ protocol: 'https:', host: 'console.example' })).toBe('wss://console.example/graphql');
  });
});

describe('createLiveConnection', () => {
  it('loads graphql-ws only when the first subscription starts, once', async () => {
    const ws = fakeGraphqlWs();
    const live = createLiveConnection({ url: 'ws://x/graphql', load: ws.load });
    expect(ws.loads).toBe(0);
    collect(live.forwardSubscription(body('subscription { a }')));
    collect(live.forwardSubscription(body('subscription { b }')));
    await tick();
    expect(ws.loads).toBe(1);
    expect(ws.options.url).toBe('ws://x/graphql');
    expect(ws.options.lazy).toBe(true);
    expect(ws.subscriptions.map((s) => s.payload)).toEqual([{ query: 'subscription { a }' }, { query: 'subscription { b }' }]);
  });

  it('relays results, and stops the subscription when urql unsubscribes', async () => {
    const ws = fakeGraphqlWs();
    const live = createLiveConnection({ url: 'ws://x/graphql', load: ws.load });
    const { seen, sub } = collect(live.forwardSubscription(body('subscription { a }')));
    await tick();
    ws.subscriptions[0]!.sink.next({ data: { a: 1 } });
    expect(seen.next).toEqual([{ data: { a: 1 } }]);
    sub.unsubscribe();
    expect(ws.subscriptions[0]!.disposed).toBe(true);
  });

  it('never subscribes when urql gave up before graphql-ws was loaded', async () => {
    const ws = fakeGraphqlWs();
    const live = createLiveConnection({ url: 'ws://x/graphql', load: ws.load });
    collect(live.forwardSubscription(body('subscription { a }'))).sub.unsubscribe();
    await tick();
    expect(ws.subscriptions).toHaveLength(0);
  });

  it('tracks the connection: connecting, connected (counting connections), reconnecting, idle when nothing listens', async () => {
    const ws = fakeGraphqlWs();
    const live = createLiveConnection({ url: 'ws://x/graphql', load: ws.load });
    const states: LiveState[] = [];
    live.subscribe(() => states.push(live.getSnapshot().state));
    const { sub } = collect(live.forwardSubscription(body('subscription { a }')));
    await tick();
    ws.emit('connecting');
    ws.emit('connected');
    expect(live.getSnapshot()).toEqual({ state: 'connected', epoch: 1 });
    ws.emit('closed');
    ws.emit('connecting', true);
    ws.emit('connected', true);
    expect(live.getSnapshot()).toEqual({ state: 'connected', epoch: 2 });
    sub.unsubscribe();
    ws.emit('closed');
    expect(states).toEqual(['connecting', 'connected', 'reconnecting', 'connected', 'idle']);
  });

  it('says the connection stopped when the socket ends for good, but not for a GraphQL error of one subscription', async () => {
    const ws = fakeGraphqlWs();
    const live = createLiveConnection({ url: 'ws://x/graphql', load: ws.load });
    const one = collect(live.forwardSubscription(body('subscription { a }')));
    const two = collect(live.forwardSubscription(body('subscription { b }')));
    await tick();
    ws.emit('connected');
    ws.subscriptions[0]!.sink.error([{ message: 'Job job_x was not found.' }]);
    expect(one.seen.error).toHaveLength(1);
    expect(live.getSnapshot().state).toBe('connected');
    ws.subscriptions[1]!.sink.error({ code: 4401, reason: 'Unauthorized' });
    expect(two.seen.error).toHaveLength(1);
    expect(live.getSnapshot().state).toBe('closed');
  });

  it('closes the socket when the session ends', async () => {
    const ws = fakeGraphqlWs();
    const live = createLiveConnection({ url: 'ws://x/graphql', load: ws.load });
    collect(live.forwardSubscription(body('subscription { a }')));
    await tick();
    live.dispose();
    await tick();
    expect(ws.disposed).toBe(true);
  });
});
