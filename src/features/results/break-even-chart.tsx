import { memo, useMemo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useLocale } from '../../i18n/locale';
import { useT } from '../../i18n/translate';
import { formatCurrency, formatDate } from '../../ui/format';
import {
  CHART_HEIGHT,
  formatAxisMoney,
  formatAxisMonth,
  PAY_PER_USE_COLOUR,
  PAYBACK_COLOUR,
  PLAN_COLOUR,
} from './chart-style';
import { isoOfDay } from './horizon-days';
import type { BreakEvenPoint, BreakEvenSeries } from './to-break-even-series';

/** Cumulative cost with the plan and with pay-per-use only, the payback day marked. Draws only. */
export const BreakEvenChart = memo(function BreakEvenChart({
  series,
  currency,
}: {
  readonly series: BreakEvenSeries;
  readonly currency: string;
}) {
  const t = useT();
  // A new language draws the chart anew: its axis ticks and names are formatted in it.
  const locale = useLocale();
  const { points, firstDay, ticks, paybackDay, paybackOn } = series;
  const lastDay = points.at(-1)?.day ?? 0;
  const tickKey = ticks.join(' ');
  // Recharts redraws from its own store when `data` changes; the axes and lines stay the same
  // elements while only the data moves, so React does not walk them a second time per edit.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the text of the ticks
  const layers = useMemo(
    () => (
      <>
        <CartesianGrid stroke="#e3e8ee" vertical={false} />
        <XAxis
          dataKey="day"
          type="number"
          domain={[0, lastDay]}
          ticks={[...ticks]}
          interval="preserveStartEnd"
          tickFormatter={(day: number) => formatAxisMonth(isoOfDay(firstDay, day))}
          tick={{ fill: '#4a5565', fontSize: 12 }}
        />
        <YAxis
          tickFormatter={(value: number) => formatAxisMoney(value, currency)}
          width={60}
          tick={{ fill: '#4a5565', fontSize: 12 }}
        />
        <Tooltip
          labelFormatter={(day) =>
            t('End of {date}', { date: formatDate(isoOfDay(firstDay, Number(day))) })
          }
          formatter={(_value, _name, item) => {
            const point = item.payload as BreakEvenPoint | undefined;
            const text = item.dataKey === 'plan' ? point?.planText : point?.payPerUseOnlyText;
            return text === undefined ? '' : formatCurrency(text, currency);
          }}
        />
        <Line
          name={t('With the plan')}
          dataKey="plan"
          type="linear"
          stroke={PLAN_COLOUR}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        <Line
          name={t('Pay-per-use only')}
          dataKey="payPerUseOnly"
          type="linear"
          stroke={PAY_PER_USE_COLOUR}
          strokeDasharray="6 3"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </>
    ),
    [tickKey, firstDay, lastDay, currency, t],
  );
  return (
    <ResponsiveContainer key={locale} width="100%" height={CHART_HEIGHT}>
      <LineChart
        data={points}
        margin={{ top: 20, right: 16, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        {layers}
        {paybackDay !== null && paybackOn !== null ? (
          <ReferenceLine
            x={paybackDay}
            stroke={PAYBACK_COLOUR}
            strokeWidth={2}
            label={{
              value: t('pays back {date}', { date: formatDate(paybackOn) }),
              // Written on the side of the line with more room.
              position: paybackDay > lastDay / 2 ? 'insideTopRight' : 'insideTopLeft',
              fill: PAYBACK_COLOUR,
              fontSize: 12,
            }}
          />
        ) : null}
      </LineChart>
    </ResponsiveContainer>
  );
});
