import { formatCompactCurrency, formatShortMonth } from '../../i18n/format';

/*
 * The comparison chart's colours and axis labels: one colour and one dash pattern per kept
 * variant (at least 4.5:1 on white), each named in the legend and the data table.
 */

export const CHART_HEIGHT = 260;

const VARIANT_COLOURS = ['#0b5cad', '#c2410c', '#15803d'] as const;
const VARIANT_DASHES = ['', '6 3', '2 3'] as const;

export function variantColour(index: number): string {
  return VARIANT_COLOURS[index % VARIANT_COLOURS.length] as string;
}

export function variantDash(index: number): string {
  return VARIANT_DASHES[index % VARIANT_DASHES.length] as string;
}

/** Axis labels only ("$1.2K"): exact amounts are in the tables. */
export function formatAxisMoney(value: number, currency: string): string {
  return formatCompactCurrency(value, currency);
}

/** "2027-05" → "May 27" ("27年5月"), for axis ticks. */
export function formatAxisMonth(isoMonth: string): string {
  return formatShortMonth(isoMonth);
}
