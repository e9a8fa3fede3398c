/*
 * A chart's value axis chosen here rather than by Recharts: 0 to a round top in round steps.
 * A small edit rarely moves the top, so the axis, and with it everything Recharts computes,
 * stays as it was while the page redraws only the lines and bars over it.
 */

export type ValueAxis = {
  /** The axis' highest value: at least the data's highest, a whole number of steps. */
  readonly top: number;
  /** 0, one step, two steps… through `top`. */
  readonly ticks: readonly number[];
};

/** Step sizes within each power of ten: not 2.5, as axis labels keep one decimal ("1.3M"). */
const STEP_FACTORS = [1, 2, 5] as const;
const MAX_STEPS = 5;

/**
 * An axis from 0 through `highest` in at most MAX_STEPS round steps (1, 2 or 5 times a
 * power of ten; whole numbers when `whole`, as for counts of calls).
 */
export function toValueAxis(highest: number, { whole = false } = {}): ValueAxis {
  const reach = Number.isFinite(highest) && highest > 0 ? highest : 0;
  const step = reach === 0 ? 1 : roundStep(reach / MAX_STEPS, whole);
  let steps = Math.max(1, Math.ceil(reach / step));
  // Division can land a hair above a whole number of steps; the top is the first step ≥ reach.
  if (steps > 1 && tidy((steps - 1) * step) >= reach) steps -= 1;
  const ticks = Array.from({ length: steps + 1 }, (_, index) => tidy(index * step));
  return { top: ticks[steps] as number, ticks };
}

/** The smallest round step at least `least`. */
function roundStep(least: number, whole: boolean): number {
  let power = 10 ** Math.floor(Math.log10(least));
  for (;;) {
    for (const factor of STEP_FACTORS) {
      const step = tidy(factor * power);
      if (step >= least && (!whole || Number.isInteger(step))) return step;
    }
    power *= 10;
  }
}

/** Drops the binary noise of multiplying decimals (0.1 · 3 = 0.30000000000000004). */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}
