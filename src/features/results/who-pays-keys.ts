import { t } from '../../i18n/translate';
import type { LegendMark } from '../../ui/chart-legend';
import { FAILED_COLOUR, OTHER_COLOUR, PAY_PER_USE_COLOUR, seriesColour } from '../../ui/chart-look';
import type { WhoPaysKey } from './to-who-pays-series';

/* What is specific to the "who pays" chart's keys: their names and how each part is filled. */

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

/**
 * How one "who pays" part is filled: a package in its own colour, the other packages grey,
 * pay-per-use orange and failed calls dark red, hatched.
 */
export function keyMark(key: WhoPaysKey): LegendMark & { readonly kind: 'fill' } {
  switch (key.kind) {
    case 'package':
      return { kind: 'fill', colour: seriesColour(key.colour ?? 0) };
    case 'other-packages':
      return { kind: 'fill', colour: OTHER_COLOUR };
    case 'pay-per-use':
      return { kind: 'fill', colour: PAY_PER_USE_COLOUR };
    case 'failed':
      return { kind: 'fill', colour: FAILED_COLOUR, hatched: true };
  }
}
