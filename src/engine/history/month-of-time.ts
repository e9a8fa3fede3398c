import { daysInMonth, formatIsoMonth, type IsoMonth } from '../core/calendar';

/*
 * The billing month of a time as the Billing Center writes it (billing-rules.md §1: months are
 * those of UTC+8). "2026-03-05 10:00:00 GMT+08:00", ISO 8601 with an offset or Z, and plain dates
 * are read; a time without an offset is taken as the export's own zone, UTC+8.
 */

const BILLING_OFFSET_MINUTES = 8 * 60;

const TIME_PATTERN =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(?:(Z|GMT|UTC)|(?:(?:GMT|UTC)\s*)?([+-])(\d{1,2})(?::?(\d{2}))?)?$/i;

/** The UTC+8 month of a timestamp, or null when the text is not a date this reader knows. */
export function billingMonthOf(text: string): IsoMonth | null {
  const match = TIME_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, hh, mi, ss, zulu, sign, offH, offM] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const hours = hh === undefined ? 0 : Number(hh);
  const minutes = mi === undefined ? 0 : Number(mi);
  const seconds = ss === undefined ? 0 : Number(ss);
  if (hours > 23 || minutes > 59 || seconds > 60) return null;
  // A plain date is already a billing day; so is a time written without a zone.
  if (hh === undefined || (zulu === undefined && sign === undefined))
    return formatIsoMonth({ year, month });
  const offsetMinutes =
    zulu !== undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(offH) * 60 + Number(offM ?? 0));
  if (Math.abs(offsetMinutes) > 14 * 60) return null;
  const utc = Date.UTC(year, month - 1, day, hours, minutes, seconds);
  const billing = new Date(utc + (BILLING_OFFSET_MINUTES - offsetMinutes) * 60_000);
  return formatIsoMonth({ year: billing.getUTCFullYear(), month: billing.getUTCMonth() + 1 });
}
