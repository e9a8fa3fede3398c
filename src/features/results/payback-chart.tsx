import { createContext, memo, useContext, useMemo } from 'react';
import {
  CartesianGrid,
  DefaultZIndexes,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  type TooltipContentProps,
  type TooltipValueType,
  useActiveTooltipDataPoints,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  ZIndexLayer,
} from 'recharts';
import { formatCurrency, formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/locale';
import { type Translate, useT } from '../../i18n/translate';
import {
  CHART_HEIGHT,
  formatAxisMoney,
  GRID_COLOUR,
  PAY_PER_USE_LINE,
  PAYBACK_COLOUR,
  PLAN_LINE,
} from '../../ui/chart-look';
import { useFirstMark } from '../../ui/first-mark';
import { ChartTip } from './chart-tip';
import { DayAxis, type FrameDay, PickedDayLine, RoundValueAxis, toFrameDays } from './frame-axes';
import { isoOfDay } from './horizon-days';
import { toLinePath } from './line-paths';
import type { PaybackSeries } from './to-payback-series';
import { toValueAxis } from './value-axis';

const MARGIN = { top: 20, right: 16, bottom: 4, left: 4 } as const;

/** The series, for the layer drawn over Recharts' axes and for the tooltip. */
const SeriesContext = createContext<PaybackSeries | null>(null);

/**
 * Cumulative cost with the plan and with pay-per-use only, the payback day marked. Draws only.
 * Recharts draws the axes, the grid and the tooltip over days set by the horizon alone, with a
 * value axis that a small edit rarely moves (`toValueAxis`); the lines and the payback day are
 * one layer of SVG drawn with its scales, so an edit redraws that layer and nothing of Recharts.
 */
export const PaybackChart = memo(function PaybackChart({
  series,
  currency,
}: {
  readonly series: PaybackSeries;
  readonly currency: string;
}) {
  const t = useT();
  useFirstMark('first-chart-visible');
  // A new language draws the chart anew: its axis ticks and names are formatted in it.
  const locale = useLocale();
  const { frame, firstDay, ticks, highest } = series;
  const lastDay = frame.at(-1)?.day ?? 0;
  const axis = toValueAxis(highest);
  const frameKey = frame.map((point) => point.day).join(' ');
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
          <DayAxis firstDay={firstDay} lastDay={lastDay} ticks={ticks} />
          <RoundValueAxis
            axis={axis}
            format={(value) => formatAxisMoney(value, currency)}
            width={60}
          />
          <Tooltip
            content={(props) => (
              <PaybackTip {...props} firstDay={firstDay} currency={currency} t={t} />
            )}
          />
          <PickedDayLine />
          <ZIndexLayer zIndex={DefaultZIndexes.line}>
            <PaybackLayer />
          </ZIndexLayer>
          <ZIndexLayer zIndex={DefaultZIndexes.activeDot}>
            <PickedDayDots />
          </ZIndexLayer>
        </LineChart>
      </ResponsiveContainer>
    ),
    [frameKey, tickKey, axisKey, firstDay, lastDay, currency, locale, t],
  );
  return <SeriesContext.Provider value={series}>{chart}</SeriesContext.Provider>;
});

/** Both lines and the payback day, drawn with the chart's own scales. */
function PaybackLayer() {
  const series = useContext(SeriesContext);
  const t = useT();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!series || !xScale || !yScale || !plot) return null;
  const x = (value: number) => xScale(value);
  const y = (value: number) => yScale(value);
  const { points, paybackDay, paybackOn } = series;
  const paybackX = paybackDay === null ? undefined : x(paybackDay);
  const lastDay = points.at(-1)?.day ?? 0;
  // Written on the side of the line with more room.
  const labelOnLeft = paybackDay !== null && paybackDay > lastDay / 2;
  return (
    <g className="payback-lines">
      <path
        d={toLinePath(
          points.map((point) => ({ x: point.day, y: point.plan })),
          x,
          y,
        )}
        fill="none"
        stroke={PLAN_LINE.colour}
        strokeDasharray={PLAN_LINE.dash || undefined}
        strokeWidth={PLAN_LINE.width}
      />
      <path
        d={toLinePath(
          points.map((point) => ({ x: point.day, y: point.payPerUseOnly })),
          x,
          y,
        )}
        fill="none"
        stroke={PAY_PER_USE_LINE.colour}
        strokeDasharray={PAY_PER_USE_LINE.dash || undefined}
        strokeWidth={PAY_PER_USE_LINE.width}
      />
      {series.purchasePaybacks.map((mark, order) => {
        const markX = x(mark.day);
        if (markX === undefined) return null;
        const base = plot.y + plot.height;
        return (
          <g key={mark.index} className="purchase-payback">
            <path
              d={`M${markX},${base - 9} l-5,9 h10 z`}
              fill={PAYBACK_COLOUR}
              fillOpacity={0.75}
            />
            <text x={markX} y={base - 12} textAnchor="middle" fontSize={11} fill={PAYBACK_COLOUR}>
              {order + 1}
            </text>
          </g>
        );
      })}
      {paybackX === undefined || paybackOn === null ? null : (
        <g>
          <line
            x1={paybackX}
            x2={paybackX}
            y1={plot.y}
            y2={plot.y + plot.height}
            stroke={PAYBACK_COLOUR}
            strokeWidth={2}
          />
          <text
            x={labelOnLeft ? paybackX - 5 : paybackX + 5}
            y={plot.y + 14}
            textAnchor={labelOnLeft ? 'end' : 'start'}
            fontSize={12}
            fill={PAYBACK_COLOUR}
          >
            {t('pays back {date}', { date: formatDate(paybackOn) })}
          </text>
        </g>
      )}
    </g>
  );
}

/** A dot on each line at the day the pointer picked, as Recharts marks its own lines. */
function PickedDayDots() {
  const series = useContext(SeriesContext);
  const picked = useActiveTooltipDataPoints<FrameDay>()?.[0];
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const point = picked ? series?.frame[picked.index] : undefined;
  if (!point || !xScale || !yScale) return null;
  const x = xScale(point.day);
  if (x === undefined) return null;
  const dots = [
    { key: 'plan', y: yScale(point.plan), colour: PLAN_LINE.colour },
    { key: 'pay-per-use-only', y: yScale(point.payPerUseOnly), colour: PAY_PER_USE_LINE.colour },
  ];
  return (
    <g className="payback-picked">
      {dots.map((dot) =>
        dot.y === undefined ? null : (
          <circle
            key={dot.key}
            cx={x}
            cy={dot.y}
            r={4}
            fill={dot.colour}
            stroke="#ffffff"
            strokeWidth={2}
          />
        ),
      )}
    </g>
  );
}

/** The picked day: both cumulative costs at its end. */
function PaybackTip({
  active,
  payload,
  firstDay,
  currency,
  t,
}: TooltipContentProps<TooltipValueType, number | string> & {
  readonly firstDay: number;
  readonly currency: string;
  readonly t: Translate;
}) {
  const series = useContext(SeriesContext);
  const framePoint = payload?.[0]?.payload as FrameDay | undefined;
  const point = framePoint ? series?.frame[framePoint.index] : undefined;
  if (!active || !point) return null;
  return (
    <ChartTip
      label={t('End of {date}', { date: formatDate(isoOfDay(firstDay, point.day)) })}
      items={[
        {
          key: 'plan',
          mark: { kind: 'line', look: PLAN_LINE },
          text: `${t('With the plan')}: ${formatCurrency(point.planText, currency)}`,
        },
        {
          key: 'pay-per-use-only',
          mark: { kind: 'line', look: PAY_PER_USE_LINE },
          text: `${t('Pay-per-use only')}: ${formatCurrency(point.payPerUseOnlyText, currency)}`,
        },
      ]}
    />
  );
}
