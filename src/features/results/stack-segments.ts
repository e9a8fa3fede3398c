/*
 * One stacked bar drawn as a single shape: each part's rectangle inside the bar's box, bottom
 * up in the order of its values, its height in proportion to its share of the total.
 */

export type StackSegment = {
  /** The value's position in the stack (its series). */
  readonly index: number;
  readonly y: number;
  readonly height: number;
};

/** The rectangles of a bar of box `y`…`y + height` (SVG: y grows downwards) holding `values`. */
export function toStackSegments(
  values: readonly number[],
  y: number,
  height: number,
): StackSegment[] {
  const total = values.reduce((sum, value) => sum + Math.max(0, value), 0);
  if (!(total > 0 && height > 0)) return [];
  const bottom = y + height;
  const segments: StackSegment[] = [];
  let below = 0;
  values.forEach((value, index) => {
    if (!(value > 0)) return;
    // From the running totals, so rounding never opens a gap or an overlap between parts.
    const lower = bottom - (height * below) / total;
    below += value;
    const upper = bottom - (height * below) / total;
    segments.push({ index, y: upper, height: lower - upper });
  });
  return segments;
}
