import { type ReactNode, Suspense, useId, useState } from 'react';
import { useT } from '../i18n/translate';
import { useNearViewport } from './near-viewport';
import { TableScroll } from './table-scroll';
import { PendingNote } from './when-near';

/**
 * A chart as a figure: a heading, the drawing (an image with a one-sentence summary as its
 * name, loaded lazily), and its data as a table anyone can open, keyboard and screen reader
 * users included.
 */
export function ChartFigure({
  title,
  note,
  summary,
  children,
  after,
  table,
  headingLevel = 3,
  canvasClassName,
}: {
  readonly title: string;
  /** The figure heading's level where it sits in the page outline. */
  readonly headingLevel?: 3 | 4;
  /** Extra class for the drawing's box (a section's own chart size). */
  readonly canvasClassName?: string;
  readonly note?: ReactNode;
  /** What the chart shows, in one or two sentences: the drawing's accessible name. */
  readonly summary: string;
  readonly children: ReactNode;
  /** Shown under the drawing (a legend table, a marker key). */
  readonly after?: ReactNode;
  /** Built only while the table is open. */
  readonly table: () => ReactNode;
}) {
  const t = useT();
  const headingId = useId();
  const Heading = headingLevel === 4 ? 'h4' : 'h3';
  // The table is built only once opened: on a large scenario it holds thousands of cells.
  const [tableOpen, setTableOpen] = useState(false);
  const canvas = useNearViewport<HTMLDivElement>();
  const drawing = <PendingNote text={t('Drawing the chart…')} />;
  return (
    <figure className="chart-figure" aria-labelledby={headingId}>
      <figcaption>
        <Heading id={headingId}>{title}</Heading>
        {note ? <p className="chart-note">{note}</p> : null}
      </figcaption>
      <div
        ref={canvas.ref}
        className={canvasClassName ? `chart-canvas ${canvasClassName}` : 'chart-canvas'}
        role="img"
        aria-label={summary}
      >
        {canvas.near ? <Suspense fallback={drawing}>{children}</Suspense> : drawing}
      </div>
      {after}
      <details className="chart-data" onToggle={(event) => setTableOpen(event.currentTarget.open)}>
        <summary>{t('Show the data as a table')}</summary>
        {tableOpen ? (
          <TableScroll label={t('{title}: the data', { title })}>{table()}</TableScroll>
        ) : null}
      </details>
    </figure>
  );
}
