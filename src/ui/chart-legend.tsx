import { type ReactNode, useId } from 'react';
import { useT } from '../i18n/translate';
import {
  BAND_COLOUR,
  BAND_EDGE_COLOUR,
  HATCH_COLOUR,
  KEY_COLOUR,
  type LineLook,
} from './chart-look';

/*
 * The one legend of every chart: a list of entries, each a mark drawn as the chart draws it
 * (a line with its dash, a vertical marker, a fill, hatched or not, the low-to-high band, a
 * point marker) and its name. The marks are decorative: the names carry the meaning.
 */

export type LegendMark =
  /** A series' line, dashed as drawn. */
  | { readonly kind: 'line'; readonly look: LineLook }
  /** A vertical marker across the plot (a day, a volume). */
  | { readonly kind: 'marker'; readonly colour: string }
  /** A filled area or bar; hatched for failed calls. */
  | { readonly kind: 'fill'; readonly colour: string; readonly hatched?: boolean }
  /** The shaded band between the low and the high case. */
  | { readonly kind: 'band' }
  /** A point marker: an open ring, a dot or a square, in the key's neutral colour by default. */
  | {
      readonly kind: 'point';
      readonly shape: 'ring' | 'dot' | 'square';
      readonly colour?: string;
    };

export type LegendEntry = {
  readonly key: string;
  readonly label: ReactNode;
  readonly mark: LegendMark;
};

/** A chart's legend: its entries in a list named "Legend". */
export function ChartLegend({ entries }: { readonly entries: readonly LegendEntry[] }) {
  const t = useT();
  return (
    <ul className="chart-legend-list" aria-label={t('Legend')}>
      {entries.map((entry) => (
        <li key={entry.key}>
          <LegendMarkIcon mark={entry.mark} />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}

/** One legend mark, drawn small; hidden from assistive technology, as its name is beside it. */
export function LegendMarkIcon({ mark }: { readonly mark: LegendMark }) {
  const patternId = useSvgId('hatch');
  const wide = mark.kind === 'line' || mark.kind === 'marker' || mark.kind === 'band';
  const width = wide ? 28 : 12;
  return (
    <svg
      className="legend-mark"
      width={width}
      height="12"
      viewBox={`0 0 ${width} 12`}
      aria-hidden="true"
      focusable="false"
    >
      {mark.kind === 'line' ? (
        <line
          x1="1"
          y1="6"
          x2="27"
          y2="6"
          stroke={mark.look.colour}
          strokeWidth={Math.max(3, mark.look.width)}
          strokeDasharray={mark.look.dash || undefined}
        />
      ) : mark.kind === 'marker' ? (
        <line x1="14" y1="0" x2="14" y2="12" stroke={mark.colour} strokeWidth="2" />
      ) : mark.kind === 'band' ? (
        <rect x="0.5" y="0.5" width="27" height="11" fill={BAND_COLOUR} stroke={BAND_EDGE_COLOUR} />
      ) : mark.kind === 'fill' ? (
        <>
          {mark.hatched ? (
            <defs>
              <HatchPattern id={patternId} colour={mark.colour} />
            </defs>
          ) : null}
          <rect
            width="12"
            height="12"
            rx="2"
            fill={mark.hatched ? `url(#${patternId})` : mark.colour}
          />
        </>
      ) : (
        <PointMark shape={mark.shape} colour={mark.colour ?? KEY_COLOUR} x={6} y={6} />
      )}
    </svg>
  );
}

/** A point marker centred on (x, y), as the charts draw activation, run-out and expiry. */
export function PointMark({
  shape,
  colour,
  x,
  y,
}: {
  readonly shape: 'ring' | 'dot' | 'square';
  readonly colour: string;
  readonly x: number;
  readonly y: number;
}) {
  switch (shape) {
    case 'ring':
      return <circle cx={x} cy={y} r={5} fill="#ffffff" stroke={colour} strokeWidth={2} />;
    case 'dot':
      return <circle cx={x} cy={y} r={5} fill={colour} stroke="#ffffff" strokeWidth={1} />;
    case 'square':
      return <rect x={x - 5} y={y - 5} width={10} height={10} fill={colour} stroke="#ffffff" />;
  }
}

/**
 * The hatching of failed calls, for a chart's or a legend's `<defs>`: the colour crossed by
 * light diagonal stripes, so the area reads apart from any solid one without its colour.
 */
export function HatchPattern({ id, colour }: { readonly id: string; readonly colour: string }) {
  return (
    <pattern
      id={id}
      width="6"
      height="6"
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width="6" height="6" fill={colour} />
      <rect width="2" height="6" fill={HATCH_COLOUR} />
    </pattern>
  );
}

/** An id usable in an SVG `url(#…)` reference, unique on the page. */
export function useSvgId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^\w-]/g, '')}`;
}
