import { describe, expect, it } from 'vitest';
import {
  FAILED_COLOUR,
  OTHER_COLOUR,
  PAY_PER_USE_COLOUR,
  SERIES_LOOKS,
  seriesColour,
} from '../../ui/chart-look';
import type { WhoPaysKey } from './to-who-pays-series';
import { keyLabel, keyMark } from './who-pays-keys';

const packageKey = (colour: number): WhoPaysKey => ({
  kind: 'package',
  label: 'General Text 1M',
  packageId: 'text-1m',
  colour,
});
const payPerUse: WhoPaysKey = {
  kind: 'pay-per-use',
  label: 'Pay-per-use',
  packageId: null,
  colour: null,
};
const failed: WhoPaysKey = { kind: 'failed', label: 'Failed', packageId: null, colour: null };
const others: WhoPaysKey = {
  kind: 'other-packages',
  label: 'Other packages (3)',
  packageId: null,
  colour: null,
};

describe('who pays keys', () => {
  it("fills a package in its own colour slot's colour, wherever it stands", () => {
    expect(keyMark(packageKey(3))).toEqual({ kind: 'fill', colour: seriesColour(3) });
    expect(keyMark(packageKey(5)).colour).not.toBe(keyMark(packageKey(3)).colour);
  });

  it('keeps pay-per-use, failed calls and other packages in colours of their own', () => {
    expect(keyMark(payPerUse)).toEqual({ kind: 'fill', colour: PAY_PER_USE_COLOUR });
    expect(keyMark(failed)).toEqual({ kind: 'fill', colour: FAILED_COLOUR, hatched: true });
    expect(keyMark(others)).toEqual({ kind: 'fill', colour: OTHER_COLOUR });
    const packageColours = SERIES_LOOKS.map((look) => look.colour);
    for (const colour of [PAY_PER_USE_COLOUR, FAILED_COLOUR, OTHER_COLOUR])
      expect(packageColours).not.toContain(colour);
  });

  it('names a package by its label and the rest by kind', () => {
    expect(keyLabel(packageKey(0), 0)).toBe('General Text 1M');
    expect(keyLabel(others, 3)).toBe('Other packages (3)');
    expect(keyLabel(payPerUse, 0)).toBe('Pay-per-use');
    expect(keyLabel(failed, 0)).toBe('Failed (ModelArts.4204)');
  });
});
