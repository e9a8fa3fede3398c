import { formatCompactCount, formatCompactCurrency } from '../../i18n/format';

/*
 * The advisor's chart colours and axis labels. Each colour has at least 4.5:1 contrast on white;
 * lines also differ by dash pattern and every line is named in a legend and in the data table,
 * so colour is never the only cue.
 */

export const CHART_HEIGHT = 280;
export const PAY_PER_USE_COLOUR = '#c2410c';
export const PROJECTION_COLOUR = '#1b2430';
export const BAND_COLOUR = '#dbe8f6';

const SIZE_COLOURS = [
  '#0b5cad',
  '#15803d',
  '#7e22ce',
  '#0e7490',
  '#a16207',
  '#be185d',
  '#1e3a8a',
  '#4d7c0f',
  '#6d28d9',
  '#374151',
] as const;
const SIZE_DASHES = ['', '6 3', '2 3', '8 3 2 3'] as const;

/** Line 0 is pay-per-use only; line n + 1 is the n-th package size. */
export function lineColour(line: number): string {
  return line === 0
    ? PAY_PER_USE_COLOUR
    : (SIZE_COLOURS[(line - 1) % SIZE_COLOURS.length] as string);
}

export function lineDash(line: number): string {
  return line === 0 ? '' : (SIZE_DASHES[(line - 1) % SIZE_DASHES.length] as string);
}

export function lineWidth(line: number): number {
  return line === 0 ? 3 : 2;
}

/** Axis labels only ("150K"; "15万" in Chinese): exact counts are in the tables. */
export function formatAxisCount(value: number): string {
  return formatCompactCount(value);
}

/** Axis labels only ("$1.2K"): exact amounts are in the tables. */
export function formatAxisMoney(value: number, currency: string): string {
  return formatCompactCurrency(value, currency);
}
