import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../testing/property-runs';
import { billingMonthOf } from './month-of-time';

describe('the billing month of a time (billing-rules.md §1: months of UTC+8)', () => {
  it.each([
    // Spaces around the text, as a spreadsheet cell keeps them.
    ['  2026-03-05 10:00:00 GMT+08:00 ', '2026-03'],
    [' 2026-03-31 ', '2026-03'],
    // Minutes of the time and of the offset both move the instant.
    ['2026-03-31T16:30:00+00:30', '2026-04'],
    ['2026-03-31T16:29:00+00:30', '2026-03'],
    ['2026-03-31T21:29:00+05:30', '2026-03'],
    ['2026-03-31T21:30:00+05:30', '2026-04'],
    ['2026-03-31T15:59:59+00:00', '2026-03'],
    ['2026-03-31 15:59:59 UTC', '2026-03'],
    ['2026-03-31 16:00:00 UTC', '2026-04'],
    ['2026-04-30T10:30:00-05:30', '2026-05'],
    ['2026-04-30T10:30:00-05:29', '2026-04'],
    // A leap second is a time of its own: 23:59:60 UTC is the next UTC day's first instant.
    ['2016-12-31T15:59:60Z', '2017-01'],
    ['2016-12-31 23:59:60', '2016-12'],
    // Offsets run from -14:00 to +14:00.
    ['2026-04-01T06:00:00+14:00', '2026-04'],
    ['2026-04-01T05:59:00+14:00', '2026-03'],
    ['2026-03-31T01:59:00-14:00', '2026-03'],
    ['2026-03-31T02:00:00-14:00', '2026-04'],
    ['2026-04-01T06:00:00+14:01', null],
    ['2026-04-01T06:00:00+15:00', null],
    ['2026-04-01T06:00:00-15', null],
    // Fields out of their ranges are not times.
    ['2026-00-10', null],
    ['2026-03-00', null],
    ['2026-03-32', null],
    ['2026-04-31', null],
    ['2024-02-29', '2024-02'],
    ['2026-03-05 24:00:00', null],
    ['2026-03-05 23:60:00', null],
    ['2026-03-05 23:59:61', null],
    ['2026-03-05 23:59:59', '2026-03'],
    ['2026-03-05 10:00', '2026-03'],
  ])('%j is in %s', (text, month) => {
    expect(billingMonthOf(text)).toBe(month);
  });

  it('puts an instant in the month its UTC+8 clock shows, whatever offset writes it', () => {
    const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) });
    const offset = fc.integer({ min: -14 * 60, max: 14 * 60 });
    fc.assert(
      fc.property(instant, offset, (ms, offsetMinutes) => {
        const at = Math.floor(ms / 60_000) * 60_000;
        const local = new Date(at + offsetMinutes * 60_000).toISOString().slice(0, 19);
        const size = Math.abs(offsetMinutes);
        const sign = offsetMinutes < 0 ? '-' : '+';
        const zone = `${sign}${String(Math.floor(size / 60)).padStart(2, '0')}:${String(size % 60).padStart(2, '0')}`;
        const billing = new Date(at + 8 * 3_600_000).toISOString().slice(0, 7);
        expect(billingMonthOf(`${local}${zone}`)).toBe(billing);
        expect(billingMonthOf(`${local.replace('T', ' ')} GMT${zone}`)).toBe(billing);
      }),
      propertyRuns(200),
    );
  });
});
