import { memo, useMemo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatCount, formatCurrency } from '../../i18n/format';
import { useLocale } from '../../i18n/locale';
import { useT } from '../../i18n/translate';
import {
  AXIS_TICK,
  BAND_COLOUR,
  formatAxisCount,
  formatAxisMoney,
  GRID_COLOUR,
  PROJECTION_COLOUR,
  seriesColour,
  TALL_CHART_HEIGHT,
} from '../../ui/chart-look';
import { lineDisplayName, type VolumeCostSeries } from './to-volume-cost-series';
import { volumeLineLook } from './volume-cost-look';

const valueKey = (line: number) => `v${line}`;
/** Lines 1, 2, …, n − 1, then 0. */
const drawingOrder = (count: number) =>
  Array.from({ length: count }, (_, index) => (index + 1) % count);
const textKey = (line: number) => `t${line}`;

/** Cost over the validity against monthly volume: one line per size, the marks. Draws only. */
export const VolumeCostChart = memo(function VolumeCostChart({
  series,
  currency,
}: {
  readonly series: VolumeCostSeries;
  readonly currency: string;
}) {
  const t = useT();
  // A new language draws the chart anew: its axis ticks, marks and names are written in it.
  const locale = useLocale();
  // Fixed keys per line (v0, v1, …): Recharts re-registers a series whose dataKey changes.
  const data = useMemo(
    () =>
      series.points.map((point) => {
        const row: Record<string, number | string> = { volume: point.volume };
        point.values.forEach((value, line) => {
          row[valueKey(line)] = value;
          row[textKey(line)] = point.texts[line] ?? '';
        });
        return row;
      }),
    [series],
  );
  return (
    <ResponsiveContainer key={locale} width="100%" height={TALL_CHART_HEIGHT}>
      <LineChart
        data={data}
        margin={{ top: 22, right: 16, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={GRID_COLOUR} vertical={false} />
        {series.band ? (
          <ReferenceArea
            x1={series.band.low}
            x2={Math.min(series.band.high, series.maxVolume)}
            fill={BAND_COLOUR}
            fillOpacity={0.7}
            ifOverflow="hidden"
          />
        ) : null}
        <XAxis
          dataKey="volume"
          type="number"
          domain={[0, series.maxVolume]}
          allowDataOverflow
          tickFormatter={formatAxisCount}
          tick={AXIS_TICK}
        />
        <YAxis
          tickFormatter={(value: number) => formatAxisMoney(value, currency)}
          width={64}
          tick={AXIS_TICK}
        />
        <Tooltip
          labelFormatter={(volume) =>
            t('{count} calls a month', { count: formatCount(Number(volume)) })
          }
          formatter={(_value, _name, item) => {
            const line = Number(String(item.dataKey ?? '').slice(1));
            const text = (item.payload as Record<string, string> | undefined)?.[textKey(line)];
            return text ? formatCurrency(text, currency) : '';
          }}
        />
        {/* Pay-per-use only (line 0) is drawn last, on top: the smallest sizes run close to it. */}
        {drawingOrder(series.lines.length).map((line) => {
          const look = volumeLineLook(line);
          return (
            <Line
              key={series.lines[line]?.key}
              name={lineDisplayName(series, line)}
              dataKey={valueKey(line)}
              type="linear"
              stroke={look.colour}
              strokeDasharray={look.dash || undefined}
              strokeWidth={look.width}
              dot={false}
              isAnimationActive={false}
            />
          );
        })}
        <ReferenceLine
          x={series.projected}
          stroke={PROJECTION_COLOUR}
          strokeWidth={2}
          ifOverflow="hidden"
          label={{
            value: t('projected {count}', { count: formatAxisCount(series.projected) }),
            position: 'top',
            fill: PROJECTION_COLOUR,
            fontSize: 12,
          }}
        />
        {series.crossings.map((crossing) => (
          <ReferenceDot
            key={`${crossing.size} ${crossing.kind}`}
            x={crossing.volume}
            y={crossing.cost}
            r={5}
            fill={seriesColour(crossing.size)}
            stroke="#ffffff"
            strokeWidth={1.5}
            ifOverflow="hidden"
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
});
