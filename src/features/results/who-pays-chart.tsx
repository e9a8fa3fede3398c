import { createContext, memo, useContext, useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  DefaultZIndexes,
  ResponsiveContainer,
  Tooltip,
  type TooltipContentProps,
  useXAxisScale,
  useYAxisScale,
  type TooltipValueType as ValueType,
  XAxis,
  ZIndexLayer,
} from 'recharts';
import { formatCount, formatMonth } from '../../i18n/format';
import { useLocale } from '../../i18n/locale';
import { type Translate, useT } from '../../i18n/translate';
import { HatchPattern, type LegendMark, useSvgId } from '../../ui/chart-legend';
import {
  AXIS_TICK,
  CHART_HEIGHT,
  formatAxisCount,
  formatAxisMonth,
  GRID_COLOUR,
} from '../../ui/chart-look';
import { useFirstMark } from '../../ui/first-mark';
import { ChartTip } from './chart-tip';
import { RoundValueAxis } from './frame-axes';
import { toStackSegments } from './stack-segments';
import { toWhoPaysBars, type WhoPaysBars, type WhoPaysSeries } from './to-who-pays-series';
import { toValueAxis } from './value-axis';
import { keyLabel, keyMark } from './who-pays-keys';

type Part = { readonly label: string; readonly mark: LegendMark & { readonly kind: 'fill' } };

/** A bar the pointer can pick: where it sits among the bars. */
type FramePoint = { readonly month: string; readonly index: number; readonly zero: 0 };

const MARGIN = { top: 8, right: 8, bottom: 4, left: 4 } as const;
/** Room left on each side of a bar within its month, as Recharts' default barCategoryGap. */
const BAR_GAP = 0.1;

type Drawn = { readonly bars: WhoPaysBars; readonly parts: readonly Part[] };

/** The bars and their parts, for the layer drawn over Recharts' axes and for the tooltip. */
const BarsContext = createContext<Drawn | null>(null);

/**
 * Each month's calls stacked by who pays for them. Draws only. Recharts draws the axes, the grid
 * and the tooltip over the horizon's months, with a value axis that a small edit rarely moves
 * (`toValueAxis`); the stacks are one layer of rectangles drawn with its scales. An edit then
 * redraws that layer and nothing of Recharts, whose store, recomputed on every data change,
 * cost more than the drawing.
 */
export const WhoPaysChart = memo(function WhoPaysChart({
  series,
}: {
  readonly series: WhoPaysSeries;
}) {
  const t = useT();
  useFirstMark('first-chart-visible');
  // A new language draws the chart anew: its axis ticks and names are formatted in it.
  const locale = useLocale();
  // The parts' names are in the page's language, so they follow it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the names follow the language
  const drawn = useMemo((): Drawn => {
    const otherPackages =
      series.payingPackages - series.keys.filter((key) => key.kind === 'package').length;
    return {
      bars: toWhoPaysBars(series),
      parts: series.keys.map((key) => ({
        label: keyLabel(key, otherPackages),
        mark: keyMark(key),
      })),
    };
  }, [series, locale]);
  const { ticks, monthsPerBar, highest } = drawn.bars;
  const axis = toValueAxis(highest, { whole: true });
  const frameKey = drawn.bars.bars.map((bar) => bar.month).join(' ');
  const tickKey = ticks.join(' ');
  const axisKey = axis.ticks.join(' ');
  // Keyed by text: the chart element stays the same while only the bars change, so React
  // leaves Recharts alone and redraws the layer below through the context.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the text of months, ticks and axis
  const chart = useMemo(
    () => (
      <ResponsiveContainer key={locale} width="100%" height={CHART_HEIGHT}>
        <BarChart
          data={drawn.bars.bars.map(
            (bar, index): FramePoint => ({ month: bar.month, index, zero: 0 }),
          )}
          margin={MARGIN}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={GRID_COLOUR} vertical={false} />
          <XAxis
            dataKey="month"
            tickFormatter={formatAxisMonth}
            ticks={[...ticks]}
            interval="preserveStartEnd"
            tick={AXIS_TICK}
          />
          <RoundValueAxis axis={axis} format={formatAxisCount} width={48} />
          <Tooltip
            content={(props) => <WhoPaysTip {...props} monthsPerBar={monthsPerBar} t={t} />}
          />
          <Bar dataKey="zero" legendType="none" isAnimationActive={false} />
          <ZIndexLayer zIndex={DefaultZIndexes.bar}>
            <StackedBars />
          </ZIndexLayer>
        </BarChart>
      </ResponsiveContainer>
    ),
    [frameKey, tickKey, axisKey, monthsPerBar, locale, t],
  );
  return <BarsContext.Provider value={drawn}>{chart}</BarsContext.Provider>;
});

/** Every bar's stack, drawn with the chart's own scales. */
function StackedBars() {
  const drawn = useContext(BarsContext);
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const hatchId = useSvgId('who-pays-hatch');
  if (!drawn || !xScale || !yScale) return null;
  const bottom = yScale(0);
  if (bottom === undefined) return null;
  // A hatched part is filled with a pattern of its colour; one pattern per hatched part.
  const fills = drawn.parts.map((part, index) =>
    part.mark.hatched ? `url(#${hatchId}-${index})` : part.mark.colour,
  );
  return (
    <g className="who-pays-bars">
      <defs>
        {drawn.parts.map((part, index) =>
          part.mark.hatched ? (
            <HatchPattern key={part.label} id={`${hatchId}-${index}`} colour={part.mark.colour} />
          ) : null,
        )}
      </defs>
      {drawn.bars.bars.map((bar) => {
        const start = xScale(bar.month, { position: 'start' });
        const end = xScale(bar.month, { position: 'end' });
        const top = yScale(bar.calls);
        if (start === undefined || end === undefined || top === undefined) return null;
        // Whole pixels, as Recharts places bars, so their edges stay crisp.
        const left = Math.round(start + (end - start) * BAR_GAP);
        const right = Math.round(end - (end - start) * BAR_GAP);
        return (
          <g key={bar.month}>
            {toStackSegments(bar.values, top, bottom - top).map((segment) => (
              <rect
                key={segment.index}
                x={left}
                y={segment.y}
                width={right - left}
                height={segment.height}
                fill={fills[segment.index]}
              />
            ))}
          </g>
        );
      })}
    </g>
  );
}

/** The hovered bar's parts with calls, in the legend's order. */
function WhoPaysTip({
  active,
  payload,
  monthsPerBar,
  t,
}: TooltipContentProps<ValueType, number | string> & {
  readonly monthsPerBar: 1 | 3;
  readonly t: Translate;
}) {
  const drawn = useContext(BarsContext);
  const point = payload?.[0]?.payload as FramePoint | undefined;
  const bar = point ? drawn?.bars.bars[point.index] : undefined;
  if (!active || !drawn || !bar) return null;
  const { parts } = drawn;
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
                mark: parts[index]?.mark ?? { kind: 'fill', colour: '' },
                text: `${parts[index]?.label ?? ''}: ${t('{count} calls', { count: formatCount(value) })}`,
              },
            ]
          : [],
      )}
    />
  );
}
