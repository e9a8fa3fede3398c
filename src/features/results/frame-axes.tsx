import { Line, XAxis, YAxis } from 'recharts';
import { AXIS_TICK, formatAxisMonth } from '../../ui/chart-look';
import { isoOfDay } from './horizon-days';
import type { ValueAxis } from './value-axis';

/*
 * The Recharts parts the results charts share. Each chart hands Recharts a frame of points an
 * edit leaves alone (days or months set by the horizon) and draws its data in its own layer;
 * these draw the axes over that frame and give the tooltip a point to pick.
 */

/** A day the pointer can pick: where it sits in the series' frame. */
export type FrameDay = { readonly day: number; readonly index: number; readonly zero: 0 };

/** Recharts' data for a chart over horizon days: the frame's days, nothing an edit changes. */
export function toFrameDays(frame: readonly { readonly day: number }[]): FrameDay[] {
  return frame.map(({ day }, index) => ({ day, index, zero: 0 }));
}

/** Horizon days 0…`lastDay`, labelled by month at `ticks`. */
export function DayAxis({
  firstDay,
  lastDay,
  ticks,
}: {
  readonly firstDay: number;
  readonly lastDay: number;
  readonly ticks: readonly number[];
}) {
  return (
    <XAxis
      dataKey="day"
      type="number"
      domain={[0, lastDay]}
      ticks={[...ticks]}
      interval="preserveStartEnd"
      tickFormatter={(day: number) => formatAxisMonth(isoOfDay(firstDay, day))}
      tick={AXIS_TICK}
    />
  );
}

/** The value axis of `toValueAxis`: 0 to its top, labelled at its round steps. */
export function RoundValueAxis({
  axis,
  format,
  width,
}: {
  readonly axis: ValueAxis;
  readonly format: (value: number) => string;
  readonly width: number;
}) {
  return (
    <YAxis
      domain={[0, axis.top]}
      ticks={[...axis.ticks]}
      allowDataOverflow
      tickFormatter={format}
      width={width}
      tick={AXIS_TICK}
    />
  );
}

/** An undrawn line along the frame: what the tooltip picks its point from. */
export function PickedDayLine() {
  return (
    <Line
      dataKey="zero"
      stroke="none"
      dot={false}
      activeDot={false}
      legendType="none"
      isAnimationActive={false}
    />
  );
}
