import { memo, useMemo, useRef } from 'react';
import {
  Bar,
  BarChart,
  type BarShapeProps,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useLocale } from '../../i18n/locale';
import { useT } from '../../i18n/translate';
import { formatCount, formatMonth } from '../../ui/format';
import {
  CHART_HEIGHT,
  formatAxisCount,
  formatAxisMonth,
  keyColour,
  keyLabel,
  seriesKey,
  toChartRows,
} from './chart-style';
import { toWhoPaysBars, type WhoPaysSeries } from './to-who-pays-series';

/**
 * A bar as a bare rectangle: Recharts' own shape adds an animation wrapper and a rounded-corner
 * path to each of the hundreds of bars a long horizon stacks, redrawn on every edit.
 */
function PlainBar({ x, y, width, height, fill }: BarShapeProps) {
  if (!(width > 0 && height > 0)) return null;
  return <rect x={x} y={y} width={width} height={height} fill={fill} />;
}

/** Each month's calls stacked by who pays for them. Draws only. */
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
  const data = useMemo(() => toChartRows(bars, (bar) => ({ month: bar.month }), true), [bars]);
  const lastMonthOf = useMemo(() => new Map(bars.map((bar) => [bar.month, bar.lastMonth])), [bars]);
  const otherPackages = series.payingPackages - keys.filter((key) => key.kind === 'package').length;
  const lastMonths = useRef(lastMonthOf);
  lastMonths.current = lastMonthOf;
  const tickKey = ticks.join(' ');
  const keyKey = keys
    .map((key, index) => `${keyLabel(key, otherPackages)}|${keyColour(key, index)}`)
    .join('\n');
  // Recharts redraws from its own store when `data` changes; the layers are kept as the same
  // elements while only the data moves, so React does not walk them a second time per edit.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the text of ticks and keys
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
          labelFormatter={(month) =>
            monthsPerBar === 1
              ? formatMonth(String(month))
              : t('{first} to {last}', {
                  first: formatMonth(String(month)),
                  last: formatMonth(lastMonths.current.get(String(month)) ?? String(month)),
                })
          }
          formatter={(value) => t('{count} calls', { count: formatCount(Number(value)) })}
        />
        {keys.map((key, index) => (
          <Bar
            key={key.packageId ?? key.kind}
            name={keyLabel(key, otherPackages)}
            dataKey={seriesKey(index)}
            stackId="calls"
            fill={keyColour(key, index)}
            isAnimationActive={false}
            shape={PlainBar}
          />
        ))}
      </>
    ),
    [tickKey, keyKey, monthsPerBar, t],
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
