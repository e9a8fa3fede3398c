import { memo, useMemo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  type TooltipContentProps,
  type TooltipValueType,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
} from 'recharts';
import { useLocale } from '../../i18n/locale';
import { type Translate, t, useT } from '../../i18n/translate';
import { formatCount, formatDate } from '../../ui/format';
import {
  CHART_HEIGHT,
  formatAxisCount,
  formatAxisMonth,
  seriesColour,
  seriesDash,
} from './chart-style';
import { ChartTip } from './chart-tip';
import { isoOfDay } from './horizon-days';
import { toLinePath } from './line-paths';
import type {
  ConsumptionMarkerPoint,
  ConsumptionRow,
  ConsumptionSeries,
} from './to-consumption-series';

/** Expiry markers say how many calls are wasted up to this many lines; beyond, the legend table does. */
const LABELLED_LINES = 6;

type ShapeProps = { readonly cx?: number; readonly cy?: number; readonly payload?: unknown };

const markerOf = (props: ShapeProps) => props.payload as ConsumptionMarkerPoint | undefined;

/*
 * Markers are three scatter series (one per kind) rather than one reference dot each: every
 * chart item costs Recharts a store update, and hundreds of them made an edit slow.
 */
function ActivationShape(props: ShapeProps) {
  const marker = markerOf(props);
  return (
    <circle
      cx={props.cx}
      cy={props.cy}
      r={5}
      fill="#ffffff"
      stroke={seriesColour(marker?.line ?? 0)}
      strokeWidth={2}
    />
  );
}

function ExhaustionShape(props: ShapeProps) {
  const marker = markerOf(props);
  return (
    <circle
      cx={props.cx}
      cy={props.cy}
      r={5}
      fill={seriesColour(marker?.line ?? 0)}
      stroke="#ffffff"
      strokeWidth={1}
    />
  );
}

function ExpiryShape(props: ShapeProps) {
  const marker = markerOf(props);
  const x = props.cx ?? 0;
  const y = props.cy ?? 0;
  return (
    <rect
      x={x - 5}
      y={y - 5}
      width={10}
      height={10}
      fill={seriesColour(marker?.line ?? 0)}
      stroke="#ffffff"
    />
  );
}

/** The expiry marker with the calls wasted written above it. */
function LabelledExpiryShape(props: ShapeProps) {
  const marker = markerOf(props);
  const x = props.cx ?? 0;
  const y = props.cy ?? 0;
  return (
    <g>
      <ExpiryShape {...props} />
      {marker && marker.remaining > 0 ? (
        <text x={x} y={y - 9} textAnchor="middle" fontSize={11} fill={seriesColour(marker.line)}>
          {t('{count} wasted', { count: formatAxisCount(marker.remaining) })}
        </text>
      ) : null}
    </g>
  );
}

/** A drawn day: `top` (the most calls any line holds) sets the axis and finds the hovered day. */
type ConsumptionPoint = {
  readonly day: number;
  readonly top: number | null;
  readonly row: ConsumptionRow;
};

/**
 * Each package's calls left day by day, with its activation, run-out and expiry marked. Draws
 * only. The lines are one layer of paths over Recharts' axes (`ConsumptionPaths`); a single
 * undrawn series of each day's highest value gives the axis its range and the tooltip its day.
 */
export const PackageConsumptionChart = memo(function PackageConsumptionChart({
  series,
}: {
  readonly series: ConsumptionSeries;
}) {
  const t = useT();
  // A new language draws the chart anew: its axis ticks, markers and names are written in it.
  const locale = useLocale();
  const { lines, rows, firstDay, days, ticks, markers } = series;
  const data = useMemo(
    () =>
      rows.map(
        (row): ConsumptionPoint => ({
          day: row.day,
          top: row.values.reduce<number | null>(
            (top, value) => (value === null ? top : Math.max(top ?? 0, value)),
            null,
          ),
          row,
        }),
      ),
    [rows],
  );
  const tickKey = ticks.join(' ');
  const lineKey = lines.map((line) => `${line.id}|${line.label}`).join('\n');
  // Recharts redraws from its own store when `data` changes; the axes stay the same elements
  // while only the data moves, so React does not walk them a second time per edit.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the text of ticks and lines
  const layers = useMemo(
    () => (
      <>
        <CartesianGrid stroke="#e3e8ee" vertical={false} />
        <XAxis
          dataKey="day"
          type="number"
          domain={[0, Math.max(0, days - 1)]}
          ticks={[...ticks]}
          interval="preserveStartEnd"
          tickFormatter={(day: number) => formatAxisMonth(isoOfDay(firstDay, day))}
          tick={{ fill: '#4a5565', fontSize: 12 }}
        />
        <YAxis
          tickFormatter={formatAxisCount}
          width={48}
          tick={{ fill: '#4a5565', fontSize: 12 }}
          allowDecimals={false}
        />
        <Tooltip
          content={(props) => <ConsumptionTip {...props} lines={lines} firstDay={firstDay} t={t} />}
        />
        <Line
          dataKey="top"
          stroke="none"
          dot={false}
          activeDot={false}
          legendType="none"
          isAnimationActive={false}
        />
      </>
    ),
    [tickKey, lineKey, firstDay, days, t],
  );
  return (
    <ResponsiveContainer key={locale} width="100%" height={CHART_HEIGHT}>
      <LineChart
        data={data}
        margin={{ top: 16, right: 16, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        {layers}
        <ConsumptionPaths rows={rows} count={lines.length} />
        <Scatter
          name={t('Takes effect')}
          data={[...markers.activation]}
          dataKey="remaining"
          shape={ActivationShape}
          tooltipType="none"
          isAnimationActive={false}
        />
        <Scatter
          name={t('Runs out')}
          data={[...markers.exhaustion]}
          dataKey="remaining"
          shape={ExhaustionShape}
          tooltipType="none"
          isAnimationActive={false}
        />
        <Scatter
          name={t('Expires')}
          data={[...markers.expiry]}
          dataKey="remaining"
          shape={lines.length <= LABELLED_LINES ? LabelledExpiryShape : ExpiryShape}
          tooltipType="none"
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
});

/** The lines, drawn with the chart's own scales. */
function ConsumptionPaths({
  rows,
  count,
}: {
  readonly rows: readonly ConsumptionRow[];
  readonly count: number;
}) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  const x = (value: number) => xScale(value);
  const y = (value: number) => yScale(value);
  return (
    <g className="consumption-lines">
      {Array.from({ length: count }, (_, index) => (
        <path
          // biome-ignore lint/suspicious/noArrayIndexKey: a line's position is its series
          key={index}
          d={toLinePath(
            rows.map((row) => ({ x: row.day, y: row.values[index] ?? null })),
            x,
            y,
          )}
          fill="none"
          stroke={seriesColour(index)}
          strokeDasharray={seriesDash(index) || undefined}
          strokeWidth={2}
        />
      ))}
    </g>
  );
}

/** The hovered day: the calls each line holds at its end. */
function ConsumptionTip({
  active,
  payload,
  lines,
  firstDay,
  t,
}: TooltipContentProps<TooltipValueType, number | string> & {
  readonly lines: ConsumptionSeries['lines'];
  readonly firstDay: number;
  readonly t: Translate;
}) {
  const point = payload?.[0]?.payload as ConsumptionPoint | undefined;
  if (!active || !point) return null;
  return (
    <ChartTip
      label={t('End of {date}', { date: formatDate(isoOfDay(firstDay, point.day)) })}
      items={lines.flatMap((line, index) => {
        const value = point.row.values[index];
        return value === null || value === undefined
          ? []
          : [
              {
                key: line.id,
                colour: seriesColour(index),
                text: `${line.label}: ${t('{count} calls left', { count: formatCount(value) })}`,
              },
            ];
      })}
    />
  );
}
