import {
  type RefObject,
  startTransition,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { flushSync } from 'react-dom';

/*
 * Charts are drawn when they come near the screen, not with the page: drawing all of them at
 * load costs a phone seconds of blocked main thread for drawings nobody has scrolled to yet.
 * Printing draws everything first.
 */

/** How far outside the viewport a drawing starts, so it is ready when scrolled to. */
const MARGIN = '300px 0px';

let drawEverything = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Draws every deferred drawing now (printing, or anything else that needs the whole page). */
function drawAllNow(): void {
  if (drawEverything) return;
  drawEverything = true;
  for (const listener of listeners) listener();
}

/** Marks a drawing's stand-in until the drawing is on the page. */
export const PENDING_DRAWING_ATTRIBUTE = 'data-drawing-pending';

/**
 * Draws everything, then resolves once no stand-in is left (lazily loaded chart code included),
 * or after `timeoutMs` whatever is left.
 */
export function drawAllThen(timeoutMs = 5000): Promise<void> {
  drawAllNow();
  const started = performance.now();
  return new Promise((resolve) => {
    const check = () => {
      const pending = document.querySelector(`[${PENDING_DRAWING_ATTRIBUTE}]`);
      if (!pending || performance.now() - started > timeoutMs) resolve();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

if (typeof window !== 'undefined') {
  // The browser's own print command (Ctrl+P) prints what is drawn when it asks.
  window.addEventListener('beforeprint', () => flushSync(drawAllNow));
}

/** True once printing (or anything else) has asked for every drawing of the page; it stays true. */
export function useDrawingEverything(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => drawEverything,
    () => drawEverything,
  );
}

/** True once the element has come within MARGIN of the viewport; it stays true after. */
export function useNearViewport<T extends Element>(): {
  readonly ref: RefObject<T | null>;
  readonly near: boolean;
} {
  const ref = useRef<T | null>(null);
  const [seen, setSeen] = useState(false);
  const everything = useDrawingEverything();
  useEffect(() => {
    const element = ref.current;
    if (seen || everything || !element) return;
    if (typeof IntersectionObserver === 'undefined') {
      setSeen(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          // Drawn in slices (a transition): scrolling never waits for a chart's first render.
          startTransition(() => setSeen(true));
          observer.disconnect();
        }
      },
      { rootMargin: MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen, everything]);
  return { ref, near: seen || everything };
}
