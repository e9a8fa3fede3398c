import { type LineLook, PAY_PER_USE_LINE, seriesLine } from '../../ui/chart-look';

/**
 * The look of a line of the cost-against-volume chart: line 0 is pay-per-use only, drawn as
 * pay-per-use is everywhere; line n + 1 is the n-th package size, in the n-th series look.
 */
export function volumeLineLook(line: number): LineLook {
  return line === 0 ? PAY_PER_USE_LINE : seriesLine(line - 1);
}
