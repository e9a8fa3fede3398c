import type { ReactNode } from 'react';
import { PENDING_DRAWING_ATTRIBUTE, useNearViewport } from './near-viewport';

/** The stand-in for a drawing or figure not on the page yet; printing waits until none is left. */
export function PendingNote({ text }: { readonly text: string }) {
  return (
    <p className="chart-loading" {...{ [PENDING_DRAWING_ATTRIBUTE]: '' }}>
      {text}
    </p>
  );
}

/**
 * Renders computed content (several simulations, a chart) only once it comes near the screen:
 * until then a short note stands in its place. For output only: form fields are never
 * deferred, so keyboard order and find-in-page always see every field.
 */
export function WhenNear({
  placeholder,
  children,
}: {
  /** What the stand-in says, e.g. "Working out the three cases…". */
  readonly placeholder: string;
  readonly children: ReactNode;
}) {
  const { ref, near } = useNearViewport<HTMLDivElement>();
  if (near) return children;
  return (
    <div ref={ref} className="when-near">
      <PendingNote text={placeholder} />
    </div>
  );
}
