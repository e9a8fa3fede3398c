import { describe, expect, it } from 'vitest';
import { COLOUR_SLOTS, wrapSlot } from '../../store/colour-slots';
import { SERIES_LOOKS, seriesColour } from '../../ui/chart-look';

describe('the colour slots the store hands out and the chart palette', () => {
  it('has one palette colour for every slot, and wraps a slot the same way', () => {
    expect(SERIES_LOOKS).toHaveLength(COLOUR_SLOTS);
    for (const slot of [-1, 0, 3, COLOUR_SLOTS, COLOUR_SLOTS + 5, 2.5])
      expect(seriesColour(slot)).toBe(seriesColour(wrapSlot(slot)));
  });
});
