import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';

/**
 * Moves keyboard focus after the next render, once the elements it names exist: after adding,
 * removing or moving an item, focus goes to a sensible place instead of the page's top.
 * `focusLater` takes CSS selectors tried in order inside the container; the first match wins.
 */
/** How many frames (about a second) focusing waits for its element to appear. */
const MAX_FRAMES = 60;

export function useFocusLater<T extends HTMLElement>(): {
  readonly containerRef: RefObject<T | null>;
  readonly focusLater: (...selectors: string[]) => void;
} {
  const containerRef = useRef<T | null>(null);
  const [request, setRequest] = useState<readonly string[] | null>(null);
  const pendingFrame = useRef(0);
  useEffect(() => () => cancelAnimationFrame(pendingFrame.current), []);
  useEffect(() => {
    if (!request) return;
    setRequest(null);
    cancelAnimationFrame(pendingFrame.current);
    let tries = 0;
    const attempt = () => {
      for (const selector of request) {
        const element = containerRef.current?.querySelector<HTMLElement>(selector);
        if (element) {
          element.focus();
          return;
        }
      }
      // A card added while the page is still loading mounts in its turn, a few frames later.
      if (++tries < MAX_FRAMES) pendingFrame.current = requestAnimationFrame(attempt);
    };
    attempt();
  }, [request]);
  // The same function on every render, so cards handed it can skip redrawing.
  const focusLater = useCallback((...selectors: string[]) => setRequest(selectors), []);
  return { containerRef, focusLater };
}
