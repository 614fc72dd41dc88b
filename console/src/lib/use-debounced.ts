import { useEffect, useMemo, useRef, useState } from 'react';

/** `value`, once it has stopped changing for `ms` (typing in a form that prices as you go). */
export function useDebouncedValue<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * A function that runs `fn` once, `ms` after the last of a burst of calls (a page re-reading its
 * data after a flurry of live events). Always calls the latest `fn`; cancelled on unmount.
 */
export function useDebouncedCallback(fn: () => void, ms: number): () => void {
  const latest = useRef(fn);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    latest.current = fn;
  });
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return useMemo(
    () => () => {
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => latest.current(), ms);
    },
    [ms],
  );
}
