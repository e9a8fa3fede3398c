import { memo } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatCount } from '../../i18n/format';
import { useLocale } from '../../i18n/locale';
import { useT } from '../../i18n/translate';
import {
  AXIS_TICK,
  BAND_COLOUR,
  CHART_HEIGHT,
  formatAxisCount,
  formatAxisMonth,
  GRID_COLOUR,
  PLAN_COLOUR,
  PROJECTION_COLOUR,
} from '../../ui/chart-look';
import type { HistoryPoint } from './to-history-series';

/** One stream's monthly history, then the forecast and its 80 % band. Draws only. */
export const HistoryChart = memo(function HistoryChart({
  points,
}: {
  readonly points: readonly HistoryPoint[];
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <ResponsiveContainer key={locale} width="100%" height={CHART_HEIGHT}>
      <ComposedChart
        data={points as HistoryPoint[]}
        margin={{ top: 12, right: 16, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={GRID_COLOUR} vertical={false} />
        <XAxis dataKey="month" tickFormatter={formatAxisMonth} tick={AXIS_TICK} minTickGap={16} />
        <YAxis tickFormatter={formatAxisCount} width={64} tick={AXIS_TICK} />
        <Tooltip
          labelFormatter={(month) => formatAxisMonth(String(month))}
          formatter={(value) =>
            Array.isArray(value)
              ? `${formatCount(Number(value[0]))} – ${formatCount(Number(value[1]))}`
              : formatCount(Number(value))
          }
        />
        <Area
          dataKey="band"
          name={t('Likely range (8 in 10)')}
          stroke="none"
          fill={BAND_COLOUR}
          fillOpacity={0.9}
          isAnimationActive={false}
        />
        <Line
          dataKey="actual"
          name={t('Calls each month')}
          stroke={PROJECTION_COLOUR}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="expected"
          name={t('Forecast')}
          stroke={PLAN_COLOUR}
          strokeDasharray="6 3"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
});
