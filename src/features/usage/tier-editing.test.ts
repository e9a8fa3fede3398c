import { describe, expect, it } from 'vitest';
import type { CatalogPriceEntry } from '../../engine';
import type { PriceDraft } from '../../store/draft';
import {
  addTier,
  isPriceEntryUsed,
  matchesCatalog,
  priceEntryName,
  removeTier,
  unpricedApis,
  updateTier,
} from './tier-editing';

const tiered = [
  { upTo: '100000', unitPrice: '0.012' },
  { upTo: '1000000', unitPrice: '0.01' },
  { upTo: '', unitPrice: '0.008' },
];

describe('addTier', () => {
  it.each([
    {
      name: 'inserts a tier before the unlimited one at ten times the previous limit',
      tiers: tiered,
      expected: [
        tiered[0],
        tiered[1],
        { upTo: '10000000', unitPrice: '0.008' },
        { upTo: '', unitPrice: '0.008' },
      ],
    },
    {
      name: 'splits a flat price at 100,000 calls',
      tiers: [{ upTo: '', unitPrice: '0.08' }],
      expected: [
        { upTo: '100000', unitPrice: '0.08' },
        { upTo: '', unitPrice: '0.08' },
      ],
    },
    {
      name: 'starts at 100,000 when the previous limit is not a number',
      tiers: [
        { upTo: 'x', unitPrice: '1' },
        { upTo: '', unitPrice: '2' },
      ],
      expected: [
        { upTo: 'x', unitPrice: '1' },
        { upTo: '100000', unitPrice: '2' },
        { upTo: '', unitPrice: '2' },
      ],
    },
  ])('$name', ({ tiers, expected }) => {
    expect(addTier(tiers)).toEqual(expected);
  });
});

describe('removeTier', () => {
  it.each([
    { name: 'removes a middle tier', index: 1, expected: [tiered[0], tiered[2]] },
    {
      name: 'makes the tier before an removed last one unlimited',
      index: 2,
      expected: [tiered[0], { upTo: '', unitPrice: '0.01' }],
    },
    { name: 'ignores an index out of range', index: 5, expected: tiered },
  ])('$name', ({ index, expected }) => {
    expect(removeTier(tiered, index)).toEqual(expected);
  });

  it('always keeps one tier', () => {
    expect(removeTier([{ upTo: '', unitPrice: '1' }], 0)).toEqual([{ upTo: '', unitPrice: '1' }]);
  });
});

describe('updateTier', () => {
  it('changes only the tier edited', () => {
    expect(updateTier(tiered, 0, { unitPrice: '0.02' })).toEqual([
      { upTo: '100000', unitPrice: '0.02' },
      tiered[1],
      tiered[2],
    ]);
  });
});

describe('matchesCatalog', () => {
  const catalogEntry: CatalogPriceEntry = {
    api: 'general-text',
    mode: 'graduated',
    tiers: [
      { upTo: 100000, unitPrice: '0.012' },
      { upTo: 1000000, unitPrice: '0.01' },
      { upTo: null, unitPrice: '0.008' },
    ],
  };
  const entry: PriceDraft = { api: 'general-text', region: null, mode: 'graduated', tiers: tiered };
  it.each([
    { name: 'the same tiers', draft: entry, matches: true },
    {
      name: 'prices written with trailing zeros',
      draft: { ...entry, tiers: updateTier(tiered, 1, { unitPrice: '0.0100' }) },
      matches: true,
    },
    {
      name: 'limits written with separators',
      draft: { ...entry, tiers: updateTier(tiered, 0, { upTo: '100,000' }) },
      matches: true,
    },
    {
      name: 'another price',
      draft: { ...entry, tiers: updateTier(tiered, 2, { unitPrice: '0.009' }) },
      matches: false,
    },
    { name: 'another mode', draft: { ...entry, mode: 'volume' as const }, matches: false },
    { name: 'one tier fewer', draft: { ...entry, tiers: removeTier(tiered, 1) }, matches: false },
    {
      name: 'a price that is not a number',
      draft: { ...entry, tiers: updateTier(tiered, 2, { unitPrice: '' }) },
      matches: false,
    },
  ])('says $matches for $name', ({ draft, matches }) => {
    expect(matchesCatalog(draft, catalogEntry)).toBe(matches);
  });
});

describe('which entries streams use', () => {
  const streams = [
    { api: 'general-text', region: 'ap-southeast-1', subscribed: true },
    { api: 'passport', region: 'ap-southeast-2', subscribed: false },
  ];
  it.each([
    { entry: { api: 'general-text', region: null }, used: true },
    { entry: { api: 'general-text', region: 'ap-southeast-1' }, used: true },
    { entry: { api: 'general-text', region: 'ap-southeast-2' }, used: false },
    { entry: { api: 'web-image', region: null }, used: false },
  ])('$entry.api in $entry.region is used: $used', ({ entry, used }) => {
    expect(isPriceEntryUsed(entry, streams)).toBe(used);
  });

  it('lists the APIs of subscribed streams that have no prices, once each', () => {
    const more = [
      ...streams,
      { api: 'general-text', region: 'ap-southeast-3', subscribed: true },
      { api: '', region: '', subscribed: true },
    ];
    expect(unpricedApis(more, [])).toEqual(['general-text']);
    expect(unpricedApis(more, [{ api: 'general-text' }])).toEqual([]);
  });
});

describe('priceEntryName', () => {
  it.each([
    { entry: { api: 'general-text', region: null }, name: 'general-text, all regions' },
    {
      entry: { api: 'general-text', region: 'ap-southeast-1' },
      name: 'general-text in ap-southeast-1',
    },
  ])('names an entry "$name" without a catalog', ({ entry, name }) => {
    expect(priceEntryName(entry, undefined)).toBe(name);
  });
});
