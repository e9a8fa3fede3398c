import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount, formatMonth } from '../../i18n/format';
import { useLocale } from '../../i18n/locale';
import { useT } from '../../i18n/translate';
import { HatchPattern, useSvgId } from '../../ui/chart-legend';
import {
  AXIS_TICK,
  CHART_HEIGHT,
  formatAxisCount,
  formatAxisMonth,
  GRID_COLOUR,
  LAPSED_COLOUR,
  OTHER_COLOUR,
  seriesColour,
} from '../../ui/chart-look';
import type { AllowanceBars } from './to-allowance-series';

/**
 * One allowance's months as stacked bars: calls used (in the package's colour), lapsed at a
 * period's end, and wasted at its expiry (hatched). Draws only; to-allowance-series.ts shapes it.
 */
export const AllowanceChart = memo(function AllowanceChart({
  bars,
}: {
  readonly bars: AllowanceBars;
}) {
  const t = useT();
  const locale = useLocale();
  const hatchId = useSvgId('allowance-wasted');
  const colour = seriesColour(bars.colour);
  const names = { used: t('Used'), lapsed: t('Lapsed'), wasted: t('Wasted at expiry') };
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT} key={locale}>
      <BarChart
        data={bars.months as AllowanceBars['months'][number][]}
        margin={{ top: 8, right: 8, bottom: 4, left: 4 }}
      >
        <defs>
          <HatchPattern id={hatchId} colour={OTHER_COLOUR} />
        </defs>
        <CartesianGrid stroke={GRID_COLOUR} vertical={false} />
        <XAxis dataKey="month" tick={AXIS_TICK} tickFormatter={formatAxisMonth} />
        <YAxis tick={AXIS_TICK} tickFormatter={formatAxisCount} width={56} allowDecimals={false} />
        <Tooltip
          labelFormatter={(month) => formatMonth(String(month))}
          formatter={(value, name) => [formatCount(Number(value)), String(name)]}
        />
        <Bar
          dataKey="used"
          name={names.used}
          stackId="offer"
          fill={colour}
          isAnimationActive={false}
        />
        <Bar
          dataKey="lapsed"
          name={names.lapsed}
          stackId="offer"
          fill={LAPSED_COLOUR}
          isAnimationActive={false}
        />
        <Bar
          dataKey="wasted"
          name={names.wasted}
          stackId="offer"
          fill={`url(#${hatchId})`}
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );
});
