import { describe, expect, it } from 'vitest';
import {
  DASHES,
  FAILED_COLOUR,
  KEY_COLOUR,
  OTHER_COLOUR,
  PAY_PER_USE_COLOUR,
  PAYBACK_COLOUR,
  PLAN_COLOUR,
  PROJECTION_COLOUR,
  SERIES_LOOKS,
  seriesColour,
  seriesDash,
} from './chart-look';

/*
 * The palette measured: WCAG contrast on white, and CIEDE2000 colour differences as seen with
 * normal colour vision and under simulated deuteranopia and protanopia (Machado, Oliveira and
 * Fernandes 2009, severity 1, applied to linear RGB).
 *
 * How far apart is far enough: a CIEDE2000 difference of about 2.3 is just noticeable between
 * two large patches side by side. Chart marks are small and apart: lines 2-3 px wide, legend
 * swatches of 12 px. Stone, Szafir and Setlur ("An engineering model for color difference as a
 * function of size", 2014) found the difference needed to tell colours apart grows several times
 * over as marks shrink to that size. We ask for about five times the just-noticeable difference
 * (12) between series that can sit next to each other, 15 between pay-per-use, failed calls and
 * any series (what the "who pays" bars are read for), and 10 among the first four slots, the
 * ones most scenarios use, in every pair.
 */

type Rgb = readonly [number, number, number];
type Lab = readonly [number, number, number];
type Vision = 'normal' | 'deuteranopia' | 'protanopia';

const VISIONS: readonly Vision[] = ['normal', 'deuteranopia', 'protanopia'];
const NEIGHBOURS = 12;
const FIXED_FROM_SERIES = 15;
const FIRST_FOUR = 10;
const OTHER_FROM_ALL = 10;

const MACHADO: Record<Exclude<Vision, 'normal'>, readonly Rgb[]> = {
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
};

function linearRgb(hex: string): Rgb {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return [channel(1), channel(3), channel(5)];
}

function luminance(hex: string): number {
  const [r, g, b] = linearRgb(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio against white. */
function contrastOnWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

function simulate(rgb: Rgb, vision: Vision): Rgb {
  if (vision === 'normal') return rgb;
  const clamp = (value: number) => Math.min(1, Math.max(0, value));
  const [r, g, b] = rgb;
  const [x, y, z] = MACHADO[vision].map((row) => clamp(row[0] * r + row[1] * g + row[2] * b));
  return [x as number, y as number, z as number];
}

/** CIELAB (D65) of linear sRGB. */
function lab([r, g, b]: Rgb): Lab {
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const labOf = (hex: string, vision: Vision = 'normal') => lab(simulate(linearRgb(hex), vision));

/** CIEDE2000 colour difference (Sharma, Wu and Dalal 2005). */
function deltaE2000([l1, a1, b1]: Lab, [l2, a2, b2]: Lab): number {
  const rad = Math.PI / 180;
  const meanC = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const g = 0.5 * (1 - Math.sqrt(meanC ** 7 / (meanC ** 7 + 25 ** 7)));
  const a1p = (1 + g) * a1;
  const a2p = (1 + g) * a2;
  const c1 = Math.hypot(a1p, b1);
  const c2 = Math.hypot(a2p, b2);
  const hue = (a: number, b: number) =>
    a === 0 && b === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360;
  const h1 = hue(a1p, b1);
  const h2 = hue(a2p, b2);
  let dh = 0;
  if (c1 * c2 !== 0) {
    dh = h2 - h1;
    if (dh > 180) dh -= 360;
    else if (dh < -180) dh += 360;
  }
  const dL = l2 - l1;
  const dC = c2 - c1;
  const dH = 2 * Math.sqrt(c1 * c2) * Math.sin((dh / 2) * rad);
  const meanL = (l1 + l2) / 2;
  const meanCp = (c1 + c2) / 2;
  let meanH = h1 + h2;
  if (c1 * c2 !== 0)
    meanH =
      Math.abs(h1 - h2) > 180
        ? h1 + h2 < 360
          ? (h1 + h2 + 360) / 2
          : (h1 + h2 - 360) / 2
        : (h1 + h2) / 2;
  const t =
    1 -
    0.17 * Math.cos((meanH - 30) * rad) +
    0.24 * Math.cos(2 * meanH * rad) +
    0.32 * Math.cos((3 * meanH + 6) * rad) -
    0.2 * Math.cos((4 * meanH - 63) * rad);
  const dTheta = 30 * Math.exp(-(((meanH - 275) / 25) ** 2));
  const rc = 2 * Math.sqrt(meanCp ** 7 / (meanCp ** 7 + 25 ** 7));
  const sl = 1 + (0.015 * (meanL - 50) ** 2) / Math.sqrt(20 + (meanL - 50) ** 2);
  const sc = 1 + 0.045 * meanCp;
  const sh = 1 + 0.015 * meanCp * t;
  const rt = -Math.sin(2 * dTheta * rad) * rc;
  return Math.sqrt((dL / sl) ** 2 + (dC / sc) ** 2 + (dH / sh) ** 2 + rt * (dC / sc) * (dH / sh));
}

/** The smallest difference between two colours over normal vision and the two simulations. */
const leastDifference = (one: string, other: string) =>
  Math.min(...VISIONS.map((vision) => deltaE2000(labOf(one, vision), labOf(other, vision))));

const series = SERIES_LOOKS.map((look) => look.colour);

/** The palette's size; the store hands out as many colour slots (store/colour-slots.ts). */
const COLOUR_SLOTS = SERIES_LOOKS.length;

describe('the colour maths the palette is measured with', () => {
  it('gives the WCAG contrast ratios of known colours', () => {
    expect(contrastOnWhite('#000000')).toBeCloseTo(21, 5);
    expect(contrastOnWhite('#ffffff')).toBeCloseTo(1, 5);
    expect(contrastOnWhite('#767676')).toBeCloseTo(4.54, 2);
  });

  it('gives the CIEDE2000 differences of Sharma, Wu and Dalal’s test pairs', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(deltaE2000([2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514])).toBeCloseTo(0.9082, 4);
  });

  it('leaves greys grey under the simulations and merges red with green', () => {
    for (const vision of VISIONS) {
      const [, a, b] = labOf('#777777', vision);
      expect(Math.abs(a)).toBeLessThan(0.5);
      expect(Math.abs(b)).toBeLessThan(0.5);
    }
    // A red and a green of one lightness, far apart to normal vision, close under deuteranopia.
    expect(deltaE2000(labOf('#b8000b'), labOf('#527a00'))).toBeGreaterThan(40);
    expect(
      deltaE2000(labOf('#b8000b', 'deuteranopia'), labOf('#527a00', 'deuteranopia')),
    ).toBeLessThan(15);
  });
});

describe('the chart palette', () => {
  it('has one colour per colour slot, each slot with a dash of the dash list', () => {
    expect(SERIES_LOOKS).toHaveLength(COLOUR_SLOTS);
    expect(new Set(series).size).toBe(COLOUR_SLOTS);
    for (const look of SERIES_LOOKS) expect(DASHES).toContain(look.dash);
    expect(seriesColour(COLOUR_SLOTS + 1)).toBe(seriesColour(1));
    expect(seriesDash(1)).not.toBe(seriesDash(0));
  });

  it('has at least 4.5:1 contrast on white in every colour a chart draws data or text in', () => {
    const colours = [
      ...series,
      PAY_PER_USE_COLOUR,
      FAILED_COLOUR,
      OTHER_COLOUR,
      PLAN_COLOUR,
      PAYBACK_COLOUR,
      PROJECTION_COLOUR,
      KEY_COLOUR,
    ];
    for (const colour of colours)
      expect(contrastOnWhite(colour), colour).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps neighbouring slots apart, also under deuteranopia and protanopia', () => {
    // Slots are handed out lowest first, and the last wraps round to the first.
    for (let slot = 0; slot < COLOUR_SLOTS; slot++) {
      const next = (slot + 1) % COLOUR_SLOTS;
      expect(
        leastDifference(seriesColour(slot), seriesColour(next)),
        `slots ${slot} and ${next}`,
      ).toBeGreaterThanOrEqual(NEIGHBOURS);
    }
  });

  it('keeps slots that share a dash pattern apart, so no two lines look alike', () => {
    for (let one = 0; one < COLOUR_SLOTS; one++)
      for (let other = one + 1; other < COLOUR_SLOTS; other++)
        if (seriesDash(one) === seriesDash(other))
          expect(
            leastDifference(seriesColour(one), seriesColour(other)),
            `slots ${one} and ${other}`,
          ).toBeGreaterThanOrEqual(NEIGHBOURS);
  });

  it('keeps the first four slots apart in every pair', () => {
    for (let one = 0; one < 4; one++)
      for (let other = one + 1; other < 4; other++)
        expect(
          leastDifference(seriesColour(one), seriesColour(other)),
          `slots ${one} and ${other}`,
        ).toBeGreaterThanOrEqual(FIRST_FOUR);
  });

  it('tells pay-per-use and failed calls apart by hue and by lightness', () => {
    const [ppuL, ppuA, ppuB] = labOf(PAY_PER_USE_COLOUR);
    const [failedL, failedA, failedB] = labOf(FAILED_COLOUR);
    expect(ppuL - failedL).toBeGreaterThanOrEqual(20);
    const hue = (a: number, b: number) => (Math.atan2(b, a) * 180) / Math.PI;
    expect(Math.abs(hue(ppuA, ppuB) - hue(failedA, failedB))).toBeGreaterThanOrEqual(15);
    expect(leastDifference(PAY_PER_USE_COLOUR, FAILED_COLOUR)).toBeGreaterThanOrEqual(
      FIXED_FROM_SERIES,
    );
  });

  it('keeps pay-per-use and failed calls apart from every series colour', () => {
    for (const fixed of [PAY_PER_USE_COLOUR, FAILED_COLOUR])
      for (const colour of series)
        expect(leastDifference(fixed, colour), `${fixed} and ${colour}`).toBeGreaterThanOrEqual(
          FIXED_FROM_SERIES,
        );
  });

  it('keeps the grey of "other" series apart from every colour it is stacked with', () => {
    for (const colour of [...series, PAY_PER_USE_COLOUR, FAILED_COLOUR])
      expect(leastDifference(OTHER_COLOUR, colour), colour).toBeGreaterThanOrEqual(OTHER_FROM_ALL);
  });
});
