import { formatCompactCount, formatCompactCurrency, formatShortMonth } from '../i18n/format';

/*
 * The one look of every chart: the series palette, the dash patterns, the fixed colours of the
 * things every chart means the same way, the heights, the axes' style and labels. Every colour
 * has at least 4.5:1 contrast on white; the series colours stay apart under simulated red-green
 * colour blindness, pay-per-use and failed calls differ in hue, lightness and pattern from each
 * other and from every series colour (`chart-look.test.ts` measures it). A series is also told
 * by its dash and named in a legend, so colour is never the only cue.
 */

/** How a line is drawn: its colour, its dash pattern (empty: solid) and its width in pixels. */
export type LineLook = { readonly colour: string; readonly dash: string; readonly width: number };

/** The dash patterns, solid first. */
export const DASHES = ['', '6 3', '2 3', '8 3 2 3'] as const;

/**
 * The series colours, one per colour slot, each with the dash its lines take. Any two slots
 * next to each other, and any two with the same dash, differ clearly under deuteranopia and
 * protanopia; the first four differ pairwise (the test says by how much).
 */
export const SERIES_LOOKS = [
  { colour: '#2563eb', dash: DASHES[0] }, // blue
  { colour: '#9d174d', dash: DASHES[1] }, // raspberry
  { colour: '#312e81', dash: DASHES[2] }, // indigo
  { colour: '#115e59', dash: DASHES[3] }, // teal
  { colour: '#6d28d9', dash: DASHES[2] }, // violet
  { colour: '#164e63', dash: DASHES[0] }, // petrol
  { colour: '#c026d3', dash: DASHES[1] }, // magenta
  { colour: '#701a75', dash: DASHES[3] }, // plum
] as const satisfies readonly { readonly colour: string; readonly dash: string }[];

/** A slot beyond the palette wraps around: slot 9 of 8 colours is slot 1. */
function paletteIndex(slot: number): number {
  const count = SERIES_LOOKS.length;
  const whole = Number.isInteger(slot) ? slot : 0;
  return ((whole % count) + count) % count;
}

/** Calls billed pay-per-use: a burnt orange, lighter than failed calls and of another hue. */
export const PAY_PER_USE_COLOUR = '#c44d00';
/** Calls that fail: a dark maroon, always drawn hatched (`HatchPattern`). */
export const FAILED_COLOUR = '#5c1010';
/** Series shown together as one ("other packages"): a neutral grey. */
export const OTHER_COLOUR = '#6b7280';
/** What an allowance's period left unused and lost: light, so the used part stands out. */
export const LAPSED_COLOUR = '#cbd5e1';
/** The plan's own line (its cumulative cost). */
export const PLAN_COLOUR = '#1d4ed8';
/** The payback day's vertical marker and its label. */
export const PAYBACK_COLOUR = '#047857';
/** The projected volume's vertical marker and its label. */
export const PROJECTION_COLOUR = '#1b2430';
/**
 * The band from the low to the high case: a pale fill behind the lines, carrying no data of
 * its own (the legend names it, the table gives its ends), so it is exempt from the 4.5:1 rule.
 */
export const BAND_COLOUR = '#dbe8f6';
export const BAND_EDGE_COLOUR = '#8aa9cc';
/** A legend's marks that stand for every series at once (a marker's shape, not its colour). */
export const KEY_COLOUR = '#4a5565';
/** The hatching drawn over failed calls. */
export const HATCH_COLOUR = '#ffffff';

/** Lines of pay-per-use cost: dashed and a little wider, drawn over the others. */
export const PAY_PER_USE_LINE: LineLook = { colour: PAY_PER_USE_COLOUR, dash: DASHES[1], width: 3 };
/** The plan's cumulative cost. */
export const PLAN_LINE: LineLook = { colour: PLAN_COLOUR, dash: '', width: 2 };

/** A series' colour by its slot: the same slot, the same colour, on every chart. */
export function seriesColour(slot: number): string {
  return SERIES_LOOKS[paletteIndex(slot)]?.colour ?? SERIES_LOOKS[0].colour;
}

/** A series' dash pattern by its slot (empty: solid). */
export function seriesDash(slot: number): string {
  return SERIES_LOOKS[paletteIndex(slot)]?.dash ?? '';
}

/** A series' line by its slot. */
export function seriesLine(slot: number): LineLook {
  return { colour: seriesColour(slot), dash: seriesDash(slot), width: 2 };
}

/** The drawing's height in pixels (the CSS `.chart-canvas` box matches it). */
export const CHART_HEIGHT = 260;
/** A chart with labels over its plot (the advisor's): a little taller (`.advisor-canvas`). */
export const TALL_CHART_HEIGHT = 280;

/** The horizontal grid lines. */
export const GRID_COLOUR = '#e3e8ee';
/** Axis labels' colour and size. */
export const AXIS_TICK = { fill: KEY_COLOUR, fontSize: 12 } as const;

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
