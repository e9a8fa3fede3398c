import { type RefObject, useEffect, useRef, useState } from 'react';

/**
 * Moves keyboard focus after the next render, once the elements it names exist: after adding,
 * removing or moving an item, focus goes to a sensible place instead of the page's top.
 * `focusLater` takes CSS selectors tried in order inside the container; the first match wins.
 */
export function useFocusLater<T extends HTMLElement>(): {
  readonly containerRef: RefObject<T | null>;
  readonly focusLater: (...selectors: string[]) => void;
} {
  const containerRef = useRef<T | null>(null);
  const [request, setRequest] = useState<readonly string[] | null>(null);
  useEffect(() => {
    if (!request) return;
    setRequest(null);
    for (const selector of request) {
      const element = containerRef.current?.querySelector<HTMLElement>(selector);
      if (element) {
        element.focus();
        return;
      }
    }
  }, [request]);
  return { containerRef, focusLater: (...selectors) => setRequest(selectors) };
}
