import type { ReactNode } from 'react';
import { PENDING_DRAWING_ATTRIBUTE, useNearViewport } from './near-viewport';

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
    <div ref={ref} className="when-near" {...{ [PENDING_DRAWING_ATTRIBUTE]: '' }}>
      <p className="chart-loading">{placeholder}</p>
    </div>
  );
}
