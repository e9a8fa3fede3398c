/*
 * A chart line as one SVG path through its points, broken where a value is missing (a package
 * not yet in effect, or gone): the consumption chart draws its lines this way instead of as a
 * Recharts series each, whose per-point bookkeeping on every edit cost more than the drawing.
 */

/** Maps a data value to a pixel coordinate; undefined when it cannot. */
export type Scale = (value: number) => number | undefined;

export function toLinePath(
  points: readonly { readonly x: number; readonly y: number | null }[],
  xScale: Scale,
  yScale: Scale,
): string {
  let path = '';
  let drawing = false;
  for (const point of points) {
    const x = point.y === null ? undefined : xScale(point.x);
    const y = point.y === null ? undefined : yScale(point.y);
    if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) {
      drawing = false;
      continue;
    }
    path += `${drawing ? 'L' : 'M'}${round(x)},${round(y)}`;
    drawing = true;
  }
  return path;
}

const round = (pixel: number) => Math.round(pixel * 100) / 100;
