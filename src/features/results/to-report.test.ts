import { describe, expect, it } from 'vitest';
import { buildScenario } from '../../engine/testing/scenario-builder';
import { placesNeeded, toReportCover } from './to-report';

describe('toReportCover', () => {
  const scenario = buildScenario({
    months: 2,
    streams: [
      { monthlyCalls: [31_000, 28_000] },
      { region: 'cn-north-4', subscribed: false, monthlyCalls: [700, 900] },
    ],
    packages: [
      {
        id: 'later',
        label: 'Second year',
        calls: 100_000,
        price: '12.345',
        createdOn: '2027-02-01',
        activatesOn: '2027-02-03',
      },
      { id: 'first', calls: 20_000, price: '10', createdOn: '2027-01-01', validityMonths: 1 },
    ],
    payPerUse: [
      {
        api: 'general-text',
        mode: 'graduated',
        tiers: [
          { upTo: 1_000_000, unitPrice: '0.00125' },
          { upTo: null, unitPrice: '0.001' },
        ],
      },
    ],
  });
  const cover = toReportCover(scenario);

  it('names the horizon by its first and last month', () => {
    expect([cover.firstMonth, cover.lastMonth, cover.months]).toEqual(['2027-01', '2027-02', 2]);
  });

  it('lists what to buy in the order it is bought, with its dates and price to the cent', () => {
    expect(cover.purchases.map((purchase) => purchase.boughtOn)).toEqual([
      '2027-01-01',
      '2027-02-01',
    ]);
    expect(cover.purchases[1]).toMatchObject({
      label: 'Second year',
      calls: 100_000,
      price: '12.35',
      takesEffectOn: '2027-02-03',
      expiresOn: '2028-02-03',
      resetEvery: null,
      owned: false,
    });
    expect(cover.purchases[0]?.expiresOn).toBe('2027-02-01');
  });

  it('sums each stream’s calls and keeps its first and last month', () => {
    expect(cover.streams).toEqual([
      expect.objectContaining({
        totalCalls: 59_000,
        firstMonthCalls: 31_000,
        lastMonthCalls: 28_000,
        subscribed: true,
        model: null,
      }),
      expect.objectContaining({ region: 'cn-north-4', subscribed: false, totalCalls: 1_600 }),
    ]);
  });

  it('gives each price the streams use once, per 1,000 calls, with where each tier starts', () => {
    expect(cover.prices).toEqual([
      {
        api: 'general-text',
        region: null,
        mode: 'graduated',
        tiers: [
          { from: 1, upTo: 1_000_000, perThousand: '1.2500' },
          { from: 1_000_001, upTo: null, perThousand: '1.0000' },
        ],
      },
    ]);
  });
});

describe('placesNeeded', () => {
  it('writes two places, or as many as the amount needs', () => {
    expect(placesNeeded('1')).toBe(2);
    expect(placesNeeded('1.5')).toBe(2);
    expect(placesNeeded('1.2500')).toBe(2);
    expect(placesNeeded('0.0035')).toBe(4);
  });
});
