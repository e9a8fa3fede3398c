/*
 * Display formatting. Amounts arrive as exact decimal strings already rounded by the money
 * module; Intl formats a string operand exactly, so no binary floating point is involved.
 */

const locale = 'en-US';

type DecimalText = `${number}` | string;

export function formatCurrency(amount: DecimalText, currency: string, fractionDigits = 2): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(amount as unknown as number);
}

export function formatCount(count: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(count);
}

/** A ratio written as a decimal string ("0.8691") as a percentage ("86.9 %"). */
export function formatRatioAsPercent(ratio: DecimalText, fractionDigits = 1): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(ratio as unknown as number);
}

const dateFormat = new Intl.DateTimeFormat(locale, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});
const monthFormat = new Intl.DateTimeFormat(locale, {
  year: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/** "2027-05-06" → "May 6, 2027". */
export function formatDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "2027-05" → "May 2027". */
export function formatMonth(isoMonth: string): string {
  return monthFormat.format(new Date(`${isoMonth}-01T00:00:00Z`));
}
