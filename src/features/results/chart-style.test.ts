import { describe, expect, it } from 'vitest';
import {
  FAILED_COLOUR,
  keyColour,
  PAY_PER_USE_COLOUR,
  SERIES_COLOURS,
  seriesColour,
  seriesDash,
} from './chart-style';

describe('series styles', () => {
  it('tells neighbouring lines apart by colour and by dash', () => {
    expect(seriesColour(0)).not.toBe(seriesColour(1));
    expect(seriesColour(SERIES_COLOURS.length)).toBe(seriesColour(0));
    expect(seriesDash(0)).not.toBe(seriesDash(1));
  });

  it('keeps pay-per-use and failed calls in colours of their own', () => {
    expect(keyColour({ kind: 'pay-per-use', label: 'Pay-per-use', packageId: null }, 5)).toBe(
      PAY_PER_USE_COLOUR,
    );
    expect(keyColour({ kind: 'failed', label: 'Failed', packageId: null }, 6)).toBe(FAILED_COLOUR);
    expect(SERIES_COLOURS).not.toContain(PAY_PER_USE_COLOUR);
    expect(SERIES_COLOURS).not.toContain(FAILED_COLOUR);
  });
});
