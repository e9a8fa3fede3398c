import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount, formatMonth } from '../../ui/format';
import {
  CHART_HEIGHT,
  formatAxisCount,
  formatAxisMonth,
  keyColour,
  seriesKey,
  toChartRows,
} from './chart-style';
import type { WhoPaysSeries } from './to-who-pays-series';

/** Each month's calls stacked by who pays for them. Draws only. */
export const WhoPaysChart = memo(function WhoPaysChart({
  series,
}: {
  readonly series: WhoPaysSeries;
}) {
  const { keys, rows } = series;
  const data = useMemo(() => toChartRows(rows, (row) => ({ month: row.month }), true), [rows]);
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
      <BarChart
        data={data}
        margin={{ top: 8, right: 8, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="#e3e8ee" vertical={false} />
        <XAxis
          dataKey="month"
          tickFormatter={formatAxisMonth}
          ticks={[...series.ticks]}
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
          labelFormatter={(month) => formatMonth(String(month))}
          formatter={(value) => `${formatCount(Number(value))} calls`}
        />
        {keys.map((key, index) => (
          <Bar
            key={key.packageId ?? key.kind}
            name={key.label}
            dataKey={seriesKey(index)}
            stackId="calls"
            fill={keyColour(key, index)}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
});
