import {
  type DayNumber,
  dayNumberToIso,
  type IsoDate,
  type IsoMonth,
  parseIsoDate,
  parseIsoMonth,
  type Simulation,
  toDayNumber,
} from '../../engine';

/*
 * Horizon days for the charts: day 0 is the first day of the horizon. Helpers to place dates
 * on that axis and to pick the few hundred days a line is drawn through.
 */

/** The horizon day of an ISO date (negative before the horizon, ≥ days after it). */
export function dayIndexOf(date: IsoDate, firstDay: DayNumber): number {
  const parsed = parseIsoDate(date);
  if (parsed === null) throw new Error(`not a date: ${date}`);
  return toDayNumber(parsed) - firstDay;
}

/** The horizon day of the first day of each month of the horizon, in order. */
export function monthStartDays(simulation: Pick<Simulation, 'months' | 'firstDay'>): number[] {
  return simulation.months.map((month) => monthStartDay(month.month, simulation.firstDay));
}

/** The horizon day of the last day of each month of the horizon, in order. */
export function monthEndDays(
  simulation: Pick<Simulation, 'months' | 'firstDay' | 'days'>,
): number[] {
  const starts = monthStartDays(simulation);
  return starts.map((_, index) => (starts[index + 1] ?? simulation.days) - 1);
}

function monthStartDay(month: IsoMonth, firstDay: DayNumber): number {
  const parsed = parseIsoMonth(month);
  if (parsed === null) throw new Error(`not a month: ${month}`);
  return toDayNumber({ ...parsed, day: 1 }) - firstDay;
}

const TICK_STEPS = [1, 2, 3, 6, 12, 24, 60, 120];

/** Month starts to label on a day axis: every 1, 2, 3, 6, 12… months, at most `maxTicks` of them. */
export function tickDays(
  simulation: Pick<Simulation, 'months' | 'firstDay'>,
  maxTicks: number,
): number[] {
  const starts = monthStartDays(simulation);
  const every = tickStep(starts.length, maxTicks);
  return starts.filter((_, index) => index % every === 0);
}

/** Label every how many months (1, 2, 3, 6, 12…) so that `months` months get at most `maxTicks` labels. */
export function tickStep(months: number, maxTicks: number): number {
  const step = TICK_STEPS.find((candidate) => Math.ceil(months / candidate) <= maxTicks);
  return step ?? Math.ceil(months / maxTicks);
}

/**
 * The days (0 … length − 1, ascending) a line through `length` days is drawn through: every day
 * when there are at most `maxPoints`; otherwise both ends and every `required` day, then as many
 * `optional` days as fit in half the room left, then evenly spaced days up to `maxPoints`.
 * Only `required` days beyond `maxPoints` can make the result longer than `maxPoints`.
 */
export function pickDays(
  length: number,
  required: Iterable<number>,
  maxPoints: number,
  optional: readonly number[] = [],
): number[] {
  if (length <= 0) return [];
  if (length <= maxPoints) return Array.from({ length }, (_, day) => day);
  const chosen = new Set<number>([0, length - 1]);
  for (const day of required) if (day >= 0 && day < length) chosen.add(day);
  const extra = [...new Set(optional)].filter(
    (day) => day >= 0 && day < length && !chosen.has(day),
  );
  const room = Math.floor((maxPoints - chosen.size) / 2);
  if (room > 0 && extra.length > 0) {
    extra.sort((a, b) => a - b);
    const take = Math.min(room, extra.length);
    for (let index = 0; index < take; index++)
      chosen.add(extra[Math.floor((index * extra.length) / take)] as number);
  }
  const left = maxPoints - chosen.size;
  if (left > 0) {
    const stride = Math.ceil(length / left);
    for (let day = 0; day < length; day += stride) chosen.add(day);
  }
  return [...chosen].sort((a, b) => a - b);
}

/** The ISO date of a horizon day. */
export function isoOfDay(firstDay: DayNumber, day: number): IsoDate {
  return dayNumberToIso(firstDay + day);
}
