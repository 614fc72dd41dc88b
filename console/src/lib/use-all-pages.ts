import { useCallback, useEffect, useState } from 'react';
import { useClient } from 'urql';
import type { AnyVariables, CombinedError, DocumentInput } from '@urql/core';

export interface Connection<Node> {
  nodes: Node[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface AllPages<Node> {
  /** Null until the first page has arrived (and again while reloading after a failure). */
  nodes: Node[] | null;
  fetching: boolean;
  error: CombinedError | null;
  /** More pages exist than were fetched (the cap was reached). */
  truncated: boolean;
  retry(): void;
}

/**
 * Follows a connection's cursors until the last page (at most `maxPages`), for views that need
 * every item at once (a price book grouped by GPU type and region). The query must take `$after`.
 */
export function useAllPages<Data, Variables extends AnyVariables & { after?: string | null }, Node>(
  query: DocumentInput<Data, Variables>,
  variables: Omit<Variables, 'after'>,
  connectionOf: (data: Data) => Connection<Node>,
  maxPages = 10,
): AllPages<Node> {
  const client = useClient();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Omit<AllPages<Node>, 'retry'>>({ nodes: null, fetching: true, error: null, truncated: false });
  const key = JSON.stringify(variables);

  useEffect(() => {
    let cancelled = false;
    setState((s) => ({ ...s, fetching: true, error: null }));
    (async () => {
      const nodes: Node[] = [];
      let after: string | null = null;
      for (let page = 0; page < maxPages; page++) {
        const vars = { ...(JSON.parse(key) as object), after } as Variables;
        const result = await client.query(query, vars, { requestPolicy: attempt > 0 ? 'network-only' : 'cache-first' }).toPromise();
        if (cancelled) return;
        if (result.error || !result.data) {
          setState({ nodes: null, fetching: false, error: result.error ?? null, truncated: false });
          return;
        }
        const connection = connectionOf(result.data);
        nodes.push(...connection.nodes);
        if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) {
          setState({ nodes, fetching: false, error: null, truncated: false });
          return;
        }
        after = connection.pageInfo.endCursor;
      }
      if (!cancelled) setState({ nodes, fetching: false, error: null, truncated: true });
    })();
    return () => {
      cancelled = true;
    };
    // connectionOf is a selector, a new function on each render: deliberately not a dependency.
  }, [client, query, key, maxPages, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
