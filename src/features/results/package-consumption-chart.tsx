import { createContext, memo, useContext, useMemo } from 'react';
import {
  CartesianGrid,
  DefaultZIndexes,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  type TooltipContentProps,
  type TooltipValueType,
  useXAxisScale,
  useYAxisScale,
  ZIndexLayer,
} from 'recharts';
import { formatCount, formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/locale';
import { type Translate, t, useT } from '../../i18n/translate';
import { PointMark } from '../../ui/chart-legend';
import {
  CHART_HEIGHT,
  formatAxisCount,
  GRID_COLOUR,
  seriesColour,
  seriesLine,
} from '../../ui/chart-look';
import { useFirstMark } from '../../ui/first-mark';
import { ChartTip } from './chart-tip';
import { DayAxis, type FrameDay, PickedDayLine, RoundValueAxis, toFrameDays } from './frame-axes';
import { isoOfDay } from './horizon-days';
import { toLinePath } from './line-paths';
import type { ConsumptionMarkerPoint, ConsumptionSeries } from './to-consumption-series';
import { toValueAxis } from './value-axis';

/** Expiry markers say how many calls are wasted up to this many lines; beyond, the legend table does. */
const LABELLED_LINES = 6;

const MARGIN = { top: 16, right: 16, bottom: 4, left: 4 } as const;

/** The series, for the layers drawn over Recharts' axes and for the tooltip. */
const SeriesContext = createContext<ConsumptionSeries | null>(null);

/**
 * Each package's calls left day by day, with its activation, run-out and expiry marked. Draws
 * only. Recharts draws the axes, the grid and the tooltip over days set by the horizon alone,
 * with a value axis that a small edit rarely moves (`toValueAxis`); the lines and markers are
 * one layer of SVG drawn with its scales. An edit then redraws that layer and nothing of
 * Recharts: its store, recomputed on every data change, cost more than the drawing.
 */
export const PackageConsumptionChart = memo(function PackageConsumptionChart({
  series,
}: {
  readonly series: ConsumptionSeries;
}) {
  const t = useT();
  useFirstMark('first-chart-visible');
  // A new language draws the chart anew: its axis ticks, markers and names are written in it.
  const locale = useLocale();
  const { firstDay, days, ticks, frame, highest } = series;
  const axis = toValueAxis(highest, { whole: true });
  const frameKey = frame.map((row) => row.day).join(' ');
  const tickKey = ticks.join(' ');
  const axisKey = axis.ticks.join(' ');
  // Keyed by text: the chart element stays the same while only the series changes, so React
  // leaves Recharts alone and redraws the layer below through the context.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the text of frame, ticks and axis
  const chart = useMemo(
    () => (
      <ResponsiveContainer key={locale} width="100%" height={CHART_HEIGHT}>
        <LineChart data={toFrameDays(frame)} margin={MARGIN} accessibilityLayer={false}>
          <CartesianGrid stroke={GRID_COLOUR} vertical={false} />
          <DayAxis firstDay={firstDay} lastDay={Math.max(0, days - 1)} ticks={ticks} />
          <RoundValueAxis axis={axis} format={formatAxisCount} width={48} />
          <Tooltip content={(props) => <ConsumptionTip {...props} firstDay={firstDay} t={t} />} />
          <PickedDayLine />
          <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
            <ConsumptionLayer />
          </ZIndexLayer>
        </LineChart>
      </ResponsiveContainer>
    ),
    [frameKey, tickKey, axisKey, firstDay, days, locale, t],
  );
  return <SeriesContext.Provider value={series}>{chart}</SeriesContext.Provider>;
});

/** The lines and their markers, drawn with the chart's own scales. */
function ConsumptionLayer() {
  const series = useContext(SeriesContext);
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!series || !xScale || !yScale) return null;
  const x = (value: number) => xScale(value);
  const y = (value: number) => yScale(value);
  const { lines, rows, markers } = series;
  const colourOf = (marker: ConsumptionMarkerPoint) =>
    seriesColour(lines[marker.line]?.colour ?? 0);
  /** A marker of `shape` on its line, the calls wasted written above it when given. */
  const mark = (marker: ConsumptionMarkerPoint, shape: MarkShape, key: string, wasted = 0) => {
    const cx = x(marker.day);
    const cy = y(marker.remaining);
    if (cx === undefined || cy === undefined) return null;
    const colour = colourOf(marker);
    return (
      <g key={key}>
        <PointMark shape={shape} colour={colour} x={cx} y={cy} />
        {wasted > 0 ? (
          <text x={cx} y={cy - 9} textAnchor="middle" fontSize={11} fill={colour}>
            {t('{count} wasted', { count: formatAxisCount(wasted) })}
          </text>
        ) : null}
      </g>
    );
  };
  return (
    <g className="consumption-lines">
      {lines.map((line, index) => {
        const look = seriesLine(line.colour);
        return (
          <path
            key={line.id}
            d={toLinePath(
              rows.map((row) => ({ x: row.day, y: row.values[index] ?? null })),
              x,
              y,
            )}
            fill="none"
            stroke={look.colour}
            strokeDasharray={look.dash || undefined}
            strokeWidth={look.width}
          />
        );
      })}
      {markers.activation.map((marker) => mark(marker, 'ring', `a${marker.line}`))}
      {markers.exhaustion.map((marker) => mark(marker, 'dot', `r${marker.line}`))}
      {markers.expiry.map((marker) =>
        mark(
          marker,
          'square',
          `e${marker.line}`,
          lines.length <= LABELLED_LINES ? marker.remaining : 0,
        ),
      )}
    </g>
  );
}

type MarkShape = 'ring' | 'dot' | 'square';

/** The picked day: the calls each line holds at its end. */
function ConsumptionTip({
  active,
  payload,
  firstDay,
  t,
}: TooltipContentProps<TooltipValueType, number | string> & {
  readonly firstDay: number;
  readonly t: Translate;
}) {
  const series = useContext(SeriesContext);
  const point = payload?.[0]?.payload as FrameDay | undefined;
  const row = point ? series?.frame[point.index] : undefined;
  if (!active || !series || !row) return null;
  return (
    <ChartTip
      label={t('End of {date}', { date: formatDate(isoOfDay(firstDay, row.day)) })}
      items={series.lines.flatMap((line, index) => {
        const value = row.values[index];
        return value === null || value === undefined
          ? []
          : [
              {
                key: line.id,
                mark: { kind: 'line', look: seriesLine(line.colour) } as const,
                text: `${line.label}: ${t('{count} calls left', { count: formatCount(value) })}`,
              },
            ];
      })}
    />
  );
}
