import { memo, useMemo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatCurrency, formatMonth } from '../../i18n/format';
import { useLocale } from '../../i18n/locale';
import { useT } from '../../i18n/translate';
import {
  AXIS_TICK,
  CHART_HEIGHT,
  formatAxisMoney,
  formatAxisMonth,
  GRID_COLOUR,
  seriesLine,
} from '../../ui/chart-look';
import type { CompareSeries } from './to-comparison';

const valueKey = (line: number) => `v${line}`;
const textKey = (line: number) => `t${line}`;

/** Each kept variant's cumulative cost at the end of every month. Draws only. */
export const CompareChart = memo(function CompareChart({
  series,
}: {
  readonly series: CompareSeries;
}) {
  const t = useT();
  // A new language draws the chart anew: its axis ticks are formatted in it.
  const locale = useLocale();
  // Fixed keys per line (v0, v1, v2): Recharts re-registers a series whose dataKey changes.
  const data = useMemo(
    () =>
      series.rows.map((row) => {
        const flat: Record<string, number | string | null> = { month: row.month };
        row.values.forEach((value, line) => {
          flat[valueKey(line)] = value;
          flat[textKey(line)] = row.texts[line] ?? null;
        });
        return flat;
      }),
    [series],
  );
  const currency = series.lines[0]?.currency ?? 'USD';
  return (
    <ResponsiveContainer key={locale} width="100%" height={CHART_HEIGHT}>
      <LineChart
        data={data}
        margin={{ top: 16, right: 16, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={GRID_COLOUR} vertical={false} />
        <XAxis
          dataKey="month"
          tickFormatter={(month: string) => formatAxisMonth(month)}
          interval="preserveStartEnd"
          minTickGap={16}
          tick={AXIS_TICK}
        />
        <YAxis
          tickFormatter={(value: number) => formatAxisMoney(value, currency)}
          width={64}
          tick={AXIS_TICK}
        />
        <Tooltip
          labelFormatter={(month) => t('End of {date}', { date: formatMonth(String(month)) })}
          formatter={(_value, _name, item) => {
            const line = Number(String(item.dataKey ?? '').slice(1));
            const text = (item.payload as Record<string, string | null> | undefined)?.[
              textKey(line)
            ];
            return text ? formatCurrency(text, series.lines[line]?.currency ?? currency) : '';
          }}
        />
        {series.lines.map((line, index) => {
          const look = seriesLine(index);
          return (
            <Line
              key={line.id}
              name={line.name}
              dataKey={valueKey(index)}
              type="linear"
              stroke={look.colour}
              strokeDasharray={look.dash || undefined}
              strokeWidth={look.width}
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          );
        })}
      </LineChart>
    </ResponsiveContainer>
  );
});
