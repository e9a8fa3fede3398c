import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../testing/property-runs';
import {
  addMonths,
  addMonthsClamped,
  billingDayOf,
  type CalendarDate,
  dayNumberToIso,
  daysInMonth,
  formatIsoDate,
  formatIsoMonth,
  fromDayNumber,
  isLeapYear,
  parseIsoDate,
  parseIsoMonth,
  toDayNumber,
} from './calendar';

function date(text: string): CalendarDate {
  const parsed = parseIsoDate(text);
  if (parsed === null) throw new Error(`not a date: ${text}`);
  return parsed;
}

describe('isLeapYear', () => {
  it.each([
    [2024, true],
    [2028, true],
    [2027, false],
    [2100, false],
    [1900, false],
    [2000, true],
    [2400, true],
  ])('says %i is a leap year: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });
});

describe('daysInMonth', () => {
  it.each([
    [2027, 1, 31],
    [2027, 2, 28],
    [2028, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2027, 3, 31],
    [2027, 4, 30],
    [2027, 5, 31],
    [2027, 6, 30],
    [2027, 7, 31],
    [2027, 8, 31],
    [2027, 9, 30],
    [2027, 10, 31],
    [2027, 11, 30],
    [2027, 12, 31],
  ])('gives %i-%i %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it('gives 365 days to a common year and 366 to a leap year', () => {
    const yearLength = (year: number) =>
      Array.from({ length: 12 }, (_, index) => daysInMonth(year, index + 1)).reduce(
        (a, b) => a + b,
        0,
      );
    expect(yearLength(2027)).toBe(365);
    expect(yearLength(2028)).toBe(366);
  });
});

describe('parseIsoDate', () => {
  it.each([
    '2027-02-29',
    '2027-04-31',
    '2027-13-01',
    '2027-00-10',
    '2027-01-00',
    '2027-1-01',
    '2027-01-1',
    '27-01-01',
    '2027/01/01',
    '2027-01-01T00:00',
    ' 2027-01-01',
    '',
    '0000-01-01',
  ])('refuses %j', (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });

  it.each([
    ['2028-02-29', { year: 2028, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    ['2027-12-31', { year: 2027, month: 12, day: 31 }],
    ['2027-04-30', { year: 2027, month: 4, day: 30 }],
  ])('accepts %s', (text, expected) => {
    expect(parseIsoDate(text)).toEqual(expected);
  });

  it('formats back to the text it read', () => {
    expect(formatIsoDate(date('2028-02-29'))).toBe('2028-02-29');
    expect(formatIsoDate({ year: 987, month: 1, day: 5 })).toBe('0987-01-05');
  });
});

describe('parseIsoMonth', () => {
  it.each(['2027-13', '2027-00', '2027-1', '2027-01-01', '2027'])('refuses %j', (text) => {
    expect(parseIsoMonth(text)).toBeNull();
  });

  it('accepts and formats back a real month', () => {
    expect(parseIsoMonth('2027-03')).toEqual({ year: 2027, month: 3 });
    expect(formatIsoMonth({ year: 2027, month: 3 })).toBe('2027-03');
  });
});

describe('day numbers', () => {
  it('counts 1970-01-01 as day 0', () => {
    expect(toDayNumber(date('1970-01-01'))).toBe(0);
    expect(fromDayNumber(0)).toEqual({ year: 1970, month: 1, day: 1 });
  });

  it.each([
    ['1969-12-31', -1],
    ['1970-01-02', 1],
    ['2000-03-01', 11017],
    ['2027-01-01', 20819],
  ])('counts %s as day %i', (text, dayNumber) => {
    expect(toDayNumber(date(text))).toBe(dayNumber);
    expect(dayNumberToIso(dayNumber)).toBe(text);
  });

  it('steps over a leap day', () => {
    expect(toDayNumber(date('2028-03-01')) - toDayNumber(date('2028-02-28'))).toBe(2);
    expect(toDayNumber(date('2027-03-01')) - toDayNumber(date('2027-02-28'))).toBe(1);
  });

  it('round-trips any day number from year 1 to 9999 through a date', () => {
    const first = toDayNumber({ year: 1, month: 1, day: 1 });
    const last = toDayNumber({ year: 9999, month: 12, day: 31 });
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (dayNumber) => {
        const calendarDate = fromDayNumber(dayNumber);
        expect(parseIsoDate(formatIsoDate(calendarDate))).toEqual(calendarDate);
        expect(toDayNumber(calendarDate)).toBe(dayNumber);
      }),
      propertyRuns(2000),
    );
  });

  it('gives consecutive day numbers to consecutive dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 2_900_000 }), (dayNumber) => {
        const today = fromDayNumber(dayNumber);
        const tomorrow = fromDayNumber(dayNumber + 1);
        const expected =
          today.day < daysInMonth(today.year, today.month)
            ? { ...today, day: today.day + 1 }
            : today.month < 12
              ? { year: today.year, month: today.month + 1, day: 1 }
              : { year: today.year + 1, month: 1, day: 1 };
        expect(tomorrow).toEqual(expected);
      }),
      propertyRuns(2000),
    );
  });
});

describe('addMonthsClamped', () => {
  it.each([
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2027-03-31', 1, '2027-04-30'],
    ['2027-12-15', 1, '2028-01-15'],
    ['2027-01-01', 12, '2028-01-01'],
    ['2027-01-01', 120, '2037-01-01'],
    ['2027-08-31', 120, '2037-08-31'],
    ['2028-02-29', 120, '2038-02-28'],
    ['2027-05-31', 0, '2027-05-31'],
  ])('gives %s + %i months = %s', (start, count, expected) => {
    expect(formatIsoDate(addMonthsClamped(date(start), count))).toBe(expected);
  });

  it('always lands on a real date in the target month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 120 }),
        (year, month, rawDay, count) => {
          const day = Math.min(rawDay, daysInMonth(year, month));
          const result = addMonthsClamped({ year, month, day }, count);
          expect(result.year * 12 + result.month - (year * 12 + month)).toBe(count);
          expect(parseIsoDate(formatIsoDate(result))).toEqual(result);
          expect(result.day).toBe(Math.min(day, daysInMonth(result.year, result.month)));
        },
      ),
    );
  });
});

describe('addMonths', () => {
  it.each([
    [{ year: 2027, month: 1 }, 0, { year: 2027, month: 1 }],
    [{ year: 2027, month: 12 }, 1, { year: 2028, month: 1 }],
    [{ year: 2027, month: 3 }, 119, { year: 2037, month: 2 }],
    [{ year: 2027, month: 1 }, -1, { year: 2026, month: 12 }],
  ])('moves %o by %i months to %o', (start, count, expected) => {
    expect(addMonths(start, count)).toEqual(expected);
  });
});

describe('billingDayOf', () => {
  it('counts the day in UTC+8: 16:00 UTC is already the next day', () => {
    expect(billingDayOf(Date.UTC(2026, 11, 31, 15, 59))).toEqual({
      year: 2026,
      month: 12,
      day: 31,
    });
    expect(billingDayOf(Date.UTC(2026, 11, 31, 16, 0))).toEqual({ year: 2027, month: 1, day: 1 });
  });
});
