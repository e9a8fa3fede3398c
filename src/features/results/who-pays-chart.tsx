import { memo, useMemo } from 'react';
import {
  Bar,
  BarChart,
  type BarShapeProps,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  type TooltipContentProps,
  type TooltipValueType as ValueType,
  XAxis,
  YAxis,
} from 'recharts';
import { useLocale } from '../../i18n/locale';
import { type Translate, useT } from '../../i18n/translate';
import { formatCount, formatMonth } from '../../ui/format';
import { CHART_HEIGHT, formatAxisCount, formatAxisMonth, keyColour, keyLabel } from './chart-style';
import { ChartTip } from './chart-tip';
import { toStackSegments } from './stack-segments';
import { toWhoPaysBars, type WhoPaysBar, type WhoPaysSeries } from './to-who-pays-series';

/** A bar's row as the chart reads it: its total for the axis, its parts for the stack. */
type StackRow = { readonly month: string; readonly calls: number; readonly bar: WhoPaysBar };

type Part = { readonly label: string; readonly colour: string };

/**
 * Each month's calls stacked by who pays for them. Draws only. Recharts draws one bar per month
 * (its total) and each bar draws its own stack: a long horizon has a dozen parts in each of 40
 * bars, and Recharts' per-part bookkeeping, redone on every edit, cost more than the drawing.
 */
export const WhoPaysChart = memo(function WhoPaysChart({
  series,
}: {
  readonly series: WhoPaysSeries;
}) {
  const t = useT();
  // A new language draws the chart anew: its axis ticks and names are formatted in it.
  const locale = useLocale();
  const { keys } = series;
  const { bars, ticks, monthsPerBar } = useMemo(() => toWhoPaysBars(series), [series]);
  const data = useMemo(
    (): StackRow[] =>
      bars.map((bar) => ({
        month: bar.month,
        calls: bar.values.reduce((sum, value) => sum + value, 0),
        bar,
      })),
    [bars],
  );
  const otherPackages = series.payingPackages - keys.filter((key) => key.kind === 'package').length;
  const parts = keys.map(
    (key, index): Part => ({ label: keyLabel(key, otherPackages), colour: keyColour(key, index) }),
  );
  const tickKey = ticks.join(' ');
  const partKey = parts.map((part) => `${part.label}|${part.colour}`).join('\n');
  // Recharts redraws from its own store when `data` changes; the layers are kept as the same
  // elements while only the data moves, so React does not walk them a second time per edit.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the text of ticks and parts
  const layers = useMemo(
    () => (
      <>
        <CartesianGrid stroke="#e3e8ee" vertical={false} />
        <XAxis
          dataKey="month"
          tickFormatter={formatAxisMonth}
          ticks={[...ticks]}
          interval="preserveStartEnd"
          tick={{ fill: '#4a5565', fontSize: 12 }}
        />
        <YAxis
          tickFormatter={formatAxisCount}
          width={48}
          tick={{ fill: '#4a5565', fontSize: 12 }}
          allowDecimals={false}
        />
        <Tooltip
          content={(props) => (
            <WhoPaysTip {...props} parts={parts} monthsPerBar={monthsPerBar} t={t} />
          )}
        />
        <Bar
          dataKey="calls"
          isAnimationActive={false}
          shape={(props: BarShapeProps) => <StackedBar {...props} parts={parts} />}
        />
      </>
    ),
    [tickKey, partKey, monthsPerBar, t],
  );
  return (
    <ResponsiveContainer key={locale} width="100%" height={CHART_HEIGHT}>
      <BarChart
        data={data}
        margin={{ top: 8, right: 8, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        {layers}
      </BarChart>
    </ResponsiveContainer>
  );
});

function StackedBar({
  x,
  y,
  width,
  height,
  payload,
  parts,
}: BarShapeProps & { readonly parts: readonly Part[] }) {
  const row = payload as StackRow | undefined;
  if (!row || !(width > 0)) return null;
  return (
    <g>
      {toStackSegments(row.bar.values, y, height).map((segment) => (
        <rect
          key={segment.index}
          x={x}
          y={segment.y}
          width={width}
          height={segment.height}
          fill={parts[segment.index]?.colour}
        />
      ))}
    </g>
  );
}

/** The hovered bar's parts with calls, in the legend's order. */
function WhoPaysTip({
  active,
  payload,
  parts,
  monthsPerBar,
  t,
}: TooltipContentProps<ValueType, number | string> & {
  readonly parts: readonly Part[];
  readonly monthsPerBar: 1 | 3;
  readonly t: Translate;
}) {
  const row = payload?.[0]?.payload as StackRow | undefined;
  if (!active || !row) return null;
  const { bar } = row;
  return (
    <ChartTip
      label={
        monthsPerBar === 1
          ? formatMonth(bar.month)
          : t('{first} to {last}', {
              first: formatMonth(bar.month),
              last: formatMonth(bar.lastMonth),
            })
      }
      items={bar.values.flatMap((value, index) =>
        value > 0
          ? [
              {
                key: String(index),
                colour: parts[index]?.colour ?? '',
                text: `${parts[index]?.label ?? ''}: ${t('{count} calls', { count: formatCount(value) })}`,
              },
            ]
          : [],
      )}
    />
  );
}
