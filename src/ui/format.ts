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

/** "2027-05-06" → "May 6, 2027". */
export function formatDate(isoDate: string): string {
  return dateFormat('date', { year: 'numeric', month: 'short', day: 'numeric' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** "2027-05" → "May 2027". */
export function formatMonth(isoMonth: string): string {
  return dateFormat('month', { year: 'numeric', month: 'short' }).format(
    new Date(`${isoMonth}-01T00:00:00Z`),
  );
}
