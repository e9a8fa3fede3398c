import { formatCompactCount, formatCompactCurrency, formatShortMonth } from '../../i18n/format';
import { t } from '../../i18n/translate';
import type { WhoPaysKey } from './to-who-pays-series';

/*
 * Chart colours and line styles. Each colour has at least 4.5:1 contrast on white; lines also
 * differ by dash pattern and every series is named in a legend, so colour is never the only cue.
 */

export const SERIES_COLOURS = [
  '#0b5cad',
  '#15803d',
  '#7e22ce',
  '#0e7490',
  '#a16207',
  '#be185d',
  '#1e3a8a',
  '#4d7c0f',
  '#6d28d9',
  '#0f766e',
  '#9d174d',
  '#374151',
] as const;

export const DASH_PATTERNS = ['', '6 3', '2 3', '8 3 2 3'] as const;

export const OTHER_PACKAGES_COLOUR = '#6b7280';
export const PAY_PER_USE_COLOUR = '#c2410c';
export const FAILED_COLOUR = '#991b1b';
export const PLAN_COLOUR = '#0b5cad';
export const PAYBACK_COLOUR = '#15803d';

export const CHART_HEIGHT = 260;

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length] as string;
}

export function seriesDash(index: number): string {
  return DASH_PATTERNS[index % DASH_PATTERNS.length] as string;
}

/** Axis labels only ("1.2M"; "120万" in Chinese): exact counts are in the tables. */
export function formatAxisCount(value: number): string {
  return formatCompactCount(value);
}

/** Axis labels only ("$1.2K"): exact amounts are in the tables. */
export function formatAxisMoney(value: number, currency: string): string {
  return formatCompactCurrency(value, currency);
}

/** "2027-05-06" or "2027-05" → "May 27" ("27年5月"), for axis ticks. */
export function formatAxisMonth(iso: string): string {
  return formatShortMonth(iso);
}

/** A "who pays" series' name in the page's language: a package by its label, the rest by kind. */
export function keyLabel(key: WhoPaysKey, otherPackages: number): string {
  switch (key.kind) {
    case 'package':
      return key.label;
    case 'other-packages':
      return t('Other packages ({count})', { count: otherPackages });
    case 'pay-per-use':
      return t('Pay-per-use');
    case 'failed':
      return t('Failed (ModelArts.4204)');
  }
}

/** The fill of one "who pays" series: packages take the line colours, the rest fixed ones. */
export function keyColour(key: WhoPaysKey, index: number): string {
  switch (key.kind) {
    case 'package':
      return seriesColour(index);
    case 'other-packages':
      return OTHER_PACKAGES_COLOUR;
    case 'pay-per-use':
      return PAY_PER_USE_COLOUR;
    case 'failed':
      return FAILED_COLOUR;
  }
}
