import { useMemo, useRef } from 'react';

/**
 * The previous value when the new one has the same content (compared as JSON), so a memoized
 * chart skips redrawing after an edit that did not change its data. O(size of the value).
 */
export function useStableValue<T>(value: T): T {
  const text = useMemo(() => JSON.stringify(value), [value]);
  const previous = useRef<{ readonly value: T; readonly text: string } | null>(null);
  if (previous.current?.text !== text) previous.current = { value, text };
  return previous.current.value;
}
