/*
 * Display formatting in the page's language. Amounts arrive as exact decimal strings already
 * rounded by the money module.
 *
 * Counts, amounts in USD and CNY, percentages and dates are written here for the page's two
 * languages, digit for digit what Intl writes (format.test.ts checks that against Intl): a
 * phone spends a long first-use pause (150–300 ms) loading Intl's locale data, and the page's
 * first screen needs none of it. Anything else (other currencies, the charts' compact axes)
 * goes through Intl, whose formatters are built once per language and kind.
 */

import { currentLocale } from './locale';

const INTL_LOCALES = { en: 'en-US', 'zh-CN': 'zh-CN' } as const;
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(kind: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = INTL_LOCALES[currentLocale()];
  const key = `${locale}|${kind}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

function dateFormat(kind: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = INTL_LOCALES[currentLocale()];
  const key = `${locale}|${kind}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

/** Currency signs as each language writes them before the amount; others go through Intl. */
const CURRENCY_SIGNS: Record<keyof typeof INTL_LOCALES, Readonly<Record<string, string>>> = {
  en: { USD: '$', CNY: 'CN¥' },
  'zh-CN': { USD: 'US$', CNY: '¥' },
};

const SHORT_MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

const PLAIN_DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Thousands separated by commas, as both languages write them. Sliced, not matched: a
 * look-ahead pattern here rescans the rest of the digits at every position, quadratic in their
 * length (a 900,000-digit price froze the tab).
 */
function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  const groups = [digits.slice(0, head)];
  for (let at = head; at < digits.length; at += 3) groups.push(digits.slice(at, at + 3));
  return groups.join(',');
}

/**
 * A plain decimal string rounded to `fractionDigits` (half away from zero, as Intl rounds) and
 * written with grouped thousands; null for anything that is not a plain decimal.
 */
function groupedDecimal(
  text: string,
  fractionDigits: number,
): { readonly negative: boolean; readonly text: string } | null {
  const match = PLAIN_DECIMAL.exec(text.trim());
  if (!match) return null;
  const [, sign = '', integerDigits = '0', fraction = ''] = match;
  const kept = fraction.padEnd(fractionDigits, '0').slice(0, fractionDigits);
  const roundUp = (fraction[fractionDigits] ?? '0') >= '5';
  const digits = stripLeadingZeros(`${integerDigits}${kept}`);
  const all = (roundUp ? incrementDigits(digits) : digits).padStart(fractionDigits + 1, '0');
  const integer = all.slice(0, all.length - fractionDigits);
  const decimals = all.slice(all.length - fractionDigits);
  return {
    negative: sign === '-',
    text: `${groupThousands(integer)}${fractionDigits > 0 ? `.${decimals}` : ''}`,
  };
}

/** Digits without leading zeros ("0" stays): in one pass, however long. */
function stripLeadingZeros(digits: string): string {
  let first = 0;
  while (first < digits.length - 1 && digits[first] === '0') first++;
  return digits.slice(first);
}

/** A string of digits plus one, carried by hand: linear where a BigInt round trip is not. */
function incrementDigits(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits[end - 1] === '9') end--;
  const carried = '0'.repeat(digits.length - end);
  if (end === 0) return `1${carried}`;
  return `${digits.slice(0, end - 1)}${Number(digits[end - 1]) + 1}${carried}`;
}

/** The parts of an ISO date or month ("2027-05-06", "2027-05"); null when it is not one. */
function isoParts(iso: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!match) return null;
  const month = Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year: Number(match[1]), month, day };
}

type DecimalText = `${number}` | string;

export function formatCurrency(amount: DecimalText, currency: string, fractionDigits = 2): string {
  const sign = CURRENCY_SIGNS[currentLocale()][currency];
  const written = sign === undefined ? null : groupedDecimal(amount, fractionDigits);
  if (written) return `${written.negative ? '-' : ''}${sign}${written.text}`;
  return numberFormat(`currency|${currency}|${fractionDigits}`, {
    style: 'currency',
    currency,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(amount as unknown as number);
}

export function formatCount(count: number): string {
  if (Number.isSafeInteger(count) && !Object.is(count, -0))
    return `${count < 0 ? '-' : ''}${groupThousands(String(Math.abs(count)))}`;
  return numberFormat('count', { maximumFractionDigits: 0 }).format(count);
}

/** A ratio written as a decimal string ("0.8691") as a percentage ("86.9 %"). */
export function formatRatioAsPercent(ratio: DecimalText, fractionDigits = 1): string {
  const match = PLAIN_DECIMAL.exec(ratio.trim());
  if (match) {
    // × 100 by moving the decimal point two places: exact.
    const [, sign = '', integerDigits = '0', fraction = ''] = match;
    const padded = fraction.padEnd(2, '0');
    const percent = `${sign}${integerDigits}${padded.slice(0, 2)}${padded.length > 2 ? `.${padded.slice(2)}` : ''}`;
    const written = groupedDecimal(percent.replace(/^(-?)0+(?=\d)/, '$1'), fractionDigits);
    if (written) return `${written.negative ? '-' : ''}${written.text}%`;
  }
  return numberFormat(`percent|${fractionDigits}`, {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(ratio as unknown as number);
}

/** Chart axes only ("1.2M", "120万"): exact counts are in the tables. */
export function formatCompactCount(value: number): string {
  return numberFormat('compact', { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** Chart axes only ("$1.2K", "US$1.5万"): exact amounts are in the tables. */
export function formatCompactCurrency(value: number, currency: string): string {
  return numberFormat(`compact-currency|${currency}`, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(value);
}

/** "2027-05-06" or "2027-05" → "May 27" ("27年5月"), for chart axis ticks. */
export function formatShortMonth(iso: string): string {
  const parts = isoParts(iso);
  if (parts) {
    const year = String(parts.year % 100).padStart(2, '0');
    return currentLocale() === 'zh-CN'
      ? `${year}年${parts.month}月`
      : `${SHORT_MONTHS_EN[parts.month - 1]} ${year}`;
  }
  return dateFormat('short-month', { month: 'short', year: '2-digit' }).format(
    new Date(`${iso.slice(0, 7)}-01T00:00:00Z`),
  );
}

/** "2027-05-06" → "May 6, 2027". */
export function formatDate(isoDate: string): string {
  const parts = isoDate.length === 10 ? isoParts(isoDate) : null;
  if (parts)
    return currentLocale() === 'zh-CN'
      ? `${parts.year}年${parts.month}月${parts.day}日`
      : `${SHORT_MONTHS_EN[parts.month - 1]} ${parts.day}, ${parts.year}`;
  return dateFormat('date', { year: 'numeric', month: 'short', day: 'numeric' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** 0 → "Jan" ("1月" in Chinese): a calendar month's short name. */
export function formatMonthName(monthIndex: number): string {
  if (Number.isInteger(monthIndex) && monthIndex >= 0 && monthIndex < 12)
    return currentLocale() === 'zh-CN'
      ? `${monthIndex + 1}月`
      : (SHORT_MONTHS_EN[monthIndex] as string);
  return dateFormat('month-name', { month: 'short' }).format(
    new Date(Date.UTC(2000, monthIndex, 1)),
  );
}

/** "2027-05" → "May 2027". */
export function formatMonth(isoMonth: string): string {
  const parts = isoMonth.length === 7 ? isoParts(isoMonth) : null;
  if (parts)
    return currentLocale() === 'zh-CN'
      ? `${parts.year}年${parts.month}月`
      : `${SHORT_MONTHS_EN[parts.month - 1]} ${parts.year}`;
  return dateFormat('month', { year: 'numeric', month: 'short' }).format(
    new Date(`${isoMonth}-01T00:00:00Z`),
  );
}

/** A moment (milliseconds since 1970) in the browser's time zone: "Dec 5, 2026, 23:40". */
export function formatDateTime(ms: number): string {
  const moment = new Date(ms);
  const two = (value: number) => String(value).padStart(2, '0');
  const day = `${moment.getFullYear()}-${two(moment.getMonth() + 1)}-${two(moment.getDate())}`;
  const time = `${two(moment.getHours())}:${two(moment.getMinutes())}`;
  return currentLocale() === 'zh-CN' ? `${formatDate(day)} ${time}` : `${formatDate(day)}, ${time}`;
}
