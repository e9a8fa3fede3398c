/*
 * Calendar days as plain integers (billing-rules §1: whole days in the billing time zone, no
 * time of day). A day number counts days since 1970-01-01 in the proleptic Gregorian calendar,
 * so day arithmetic is integer arithmetic and no Date or time zone is involved.
 */

/** A date written `YYYY-MM-DD`. */
export type IsoDate = string;
/** A month written `YYYY-MM`. */
export type IsoMonth = string;
/** Days since 1970-01-01. */
export type DayNumber = number;

export type CalendarDate = { readonly year: number; readonly month: number; readonly day: number };
export type CalendarMonth = { readonly year: number; readonly month: number };

/** The shape of a date, `YYYY-MM-DD`; parseIsoDate also checks it is a real one. */
export const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A real calendar date from `YYYY-MM-DD`, or null (2027-02-29 and 2027-13-01 are not dates). */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = isoDatePattern.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** A real month from `YYYY-MM`, or null. */
export function parseIsoMonth(text: string): CalendarMonth | null {
  const match = MONTH_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (year < 1 || month < 1 || month > 12) return null;
  return { year, month };
}

// Days from civil, after Howard Hinnant's public-domain algorithm.
export function toDayNumber({ year, month, day }: CalendarDate): DayNumber {
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function fromDayNumber(dayNumber: DayNumber): CalendarDate {
  const shifted = dayNumber + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function formatIsoDate({ year, month, day }: CalendarDate): IsoDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function formatIsoMonth({ year, month }: CalendarMonth): IsoMonth {
  return `${String(year).padStart(4, '0')}-${pad2(month)}`;
}

export function dayNumberToIso(dayNumber: DayNumber): IsoDate {
  return formatIsoDate(fromDayNumber(dayNumber));
}

/**
 * The same day `count` calendar months later, clamped to that month's last day
 * (billing-rules §4: 2024-02-29 + 12 months = 2025-02-28; 2027-01-31 + 1 month = 2027-02-28).
 */
export function addMonthsClamped(date: CalendarDate, count: number): CalendarDate {
  const target = addMonths(date, count);
  return { ...target, day: Math.min(date.day, daysInMonth(target.year, target.month)) };
}

export function addMonths<T extends CalendarMonth>(value: T, count: number): CalendarMonth {
  const monthIndex = value.year * 12 + (value.month - 1) + count;
  return { year: Math.floor(monthIndex / 12), month: (monthIndex % 12) + 1 };
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/** Hours the billing time zone (UTC+8, billing-rules §1) is ahead of UTC. */
const BILLING_ZONE_HOURS = 8;

/** The calendar day an instant (milliseconds since 1970) falls on in the billing time zone. */
export function billingDayOf(epochMilliseconds: number): CalendarDate {
  const shifted = new Date(epochMilliseconds + BILLING_ZONE_HOURS * 60 * 60 * 1000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}
