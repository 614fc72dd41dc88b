import { useState } from 'react';
import { useMutation, type AnyVariables, type TypedDocumentNode } from 'urql';
import { describeError, type ErrorInfo } from './errors';

/**
 * Removing one row of a table by ID: which row is being removed (for its button's spinner), the
 * server's refusal if any, and `onRemoved` once it is gone.
 */
export function useRemoval<Data>(mutation: TypedDocumentNode<Data, { id: string }>, onRemoved?: () => void) {
  const [state, remove] = useMutation<Data, AnyVariables>(mutation);
  const [removing, setRemoving] = useState<string | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);

  async function removeOne(id: string) {
    setRemoving(id);
    setError(null);
    const result = await remove({ id });
    setRemoving(null);
    if (result.error || !result.data) setError(describeError(result.error ?? { graphQLErrors: [] }));
    else onRemoved?.();
  }

  /** Whether this row's removal is on its way. */
  const isRemoving = (id: string) => state.fetching && removing === id;
  return { removeOne, isRemoving, error };
}
