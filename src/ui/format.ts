/*
 * Display formatting in the page's language. Amounts arrive as exact decimal strings already
 * rounded by the money module; Intl formats a string operand exactly, so no binary floating
 * point is involved. Formatters are built once per language and kind.
 */

import { currentLocale } from '../i18n/locale';

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

type DecimalText = `${number}` | string;

export function formatCurrency(amount: DecimalText, currency: string, fractionDigits = 2): string {
  return numberFormat(`currency|${currency}|${fractionDigits}`, {
    style: 'currency',
    currency,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(amount as unknown as number);
}

export function formatCount(count: number): string {
  return numberFormat('count', { maximumFractionDigits: 0 }).format(count);
}

/** A ratio written as a decimal string ("0.8691") as a percentage ("86.9 %"). */
export function formatRatioAsPercent(ratio: DecimalText, fractionDigits = 1): string {
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
  return dateFormat('short-month', { month: 'short', year: '2-digit' }).format(
    new Date(`${iso.slice(0, 7)}-01T00:00:00Z`),
  );
}

/** "2027-05-06" → "May 6, 2027". */
export function formatDate(isoDate: string): string {
  return dateFormat('date', { year: 'numeric', month: 'short', day: 'numeric' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** 0 → "Jan" ("1月" in Chinese): a calendar month's short name. */
export function formatMonthName(monthIndex: number): string {
  return dateFormat('month-name', { month: 'short' }).format(
    new Date(Date.UTC(2000, monthIndex, 1)),
  );
}

/** "2027-05" → "May 2027". */
export function formatMonth(isoMonth: string): string {
  return dateFormat('month', { year: 'numeric', month: 'short' }).format(
    new Date(`${isoMonth}-01T00:00:00Z`),
  );
}
