import { type ReactNode, Suspense, useId, useState } from 'react';
import { useT } from '../../i18n/translate';
import { TableScroll } from './table-scroll';

/**
 * A chart as a figure: a heading, the drawing (an image named by a summary of what it shows,
 * loaded lazily), what is under it (the legend), and its data as a table anyone can open.
 */
export function ChartFigure({
  title,
  note,
  summary,
  children,
  after,
  table,
}: {
  readonly title: string;
  readonly note?: ReactNode;
  /** What the chart shows, in a sentence or two: the drawing's accessible name. */
  readonly summary: string;
  readonly children: ReactNode;
  readonly after?: ReactNode;
  /** Built only while the table is open. */
  readonly table: () => ReactNode;
}) {
  const t = useT();
  const headingId = useId();
  const [tableOpen, setTableOpen] = useState(false);
  return (
    <figure className="chart-figure" aria-labelledby={headingId}>
      <figcaption>
        <h3 id={headingId}>{title}</h3>
        {note ? <p className="chart-note">{note}</p> : null}
      </figcaption>
      <div className="chart-canvas" role="img" aria-label={summary}>
        <Suspense fallback={<p className="chart-loading">{t('Drawing the chart…')}</p>}>
          {children}
        </Suspense>
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
