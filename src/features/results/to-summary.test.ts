import { describe, expect, it } from 'vitest';
import { simulateDetailed } from '../../engine';
import { buildScenario } from '../../engine/testing/scenario-builder';
import { toSummary } from './to-summary';

const summaryOf = (document: Parameters<typeof buildScenario>[0]) => {
  const scenario = buildScenario(document);
  return toSummary(simulateDetailed(scenario), scenario);
};

describe('toSummary', () => {
  it('says how much of each allowance went unused, lapsed and wasted alike', () => {
    const summary = summaryOf({
      // 40 calls a day in January.
      streams: [{ monthlyCalls: [1_240] }],
      packages: [
        {
          id: 'd',
          label: 'Free 50 a day',
          source: 'free',
          calls: 50,
          createdOn: '2027-01-01',
          resetEvery: 'day',
        },
        { id: 'm', source: 'free', calls: 100, createdOn: '2027-01-01', resetEvery: 'month' },
        { id: 'p', calls: 10, createdOn: '2027-01-01' },
      ],
    });
    expect(summary.lapsedCalls).toBe(31 * 10 + 100);
    expect(summary.allowances).toEqual([
      {
        position: 0,
        label: 'Free 50 a day',
        resetEvery: 'day',
        offered: 1_550,
        unused: 310,
        unusedShare: '0.2',
      },
      {
        position: 1,
        label: null,
        resetEvery: 'month',
        offered: 100,
        unused: 100,
        unusedShare: '1',
      },
    ]);
  });

  it('gives costs, savings as an amount and a share, and the payback day', () => {
    const summary = summaryOf({
      months: 2,
      streams: [{ monthlyCalls: [31_000, 28_000] }],
      packages: [{ id: 'p', calls: 20_000, price: '10', createdOn: '2027-01-01' }],
    });
    expect(summary.totalCost).toBe('49.00');
    expect(summary.payPerUseOnlyCost).toBe('59.00');
    expect(summary.savings).toEqual({ kind: 'saves', amount: '10.00', percent: '0.1695' });
    expect(summary.payback).toEqual({ kind: 'on', date: '2027-01-10' });
    // 49 USD over 59,000 billed calls.
    expect(summary.pricePerThousand).toBe('0.83');
    expect(summary.billedCalls).toBe(59_000);
  });

  it('shows a loss as its size and says the plan does not pay back', () => {
    const summary = summaryOf({
      streams: [{ monthlyCalls: [1_000] }],
      packages: [{ id: 'p', calls: 1_000_000, price: '121', createdOn: '2027-01-01' }],
    });
    expect(summary.savings).toEqual({ kind: 'costs-more', amount: '120.00', percent: '120' });
    expect(summary.payback).toEqual({ kind: 'never' });
  });

  it('says when no paid package is bought, and counts wasted and failed calls', () => {
    const summary = summaryOf({
      months: 2,
      streams: [
        { monthlyCalls: [0, 0] },
        { region: 'cn-north-4', subscribed: false, monthlyCalls: [700, 0] },
      ],
      packages: [
        { id: 'free', source: 'free', calls: 500, createdOn: '2027-01-01', validityMonths: 1 },
        { id: 'cn', calls: 300, createdOn: '2027-01-01', region: 'cn-north-4' },
      ],
    });
    expect(summary.payback).toEqual({ kind: 'no-packages' });
    expect(summary.savings).toEqual({ kind: 'even' });
    expect(summary.wastedCalls).toBe(500);
    expect(summary.failedCalls).toBe(400);
    expect(summary.pricePerThousand).toBe('0');
  });

  it('has no price per 1,000 calls without billed calls', () => {
    expect(summaryOf({ streams: [{ monthlyCalls: [0] }] }).pricePerThousand).toBeNull();
  });
});

describe('figures that say what they mean', () => {
  const flat = (calls: number, months: number) => Array.from({ length: months }, () => calls);

  it('gives the first purchase’s own payback day when a later purchase holds back the plan’s', () => {
    const summary = summaryOf({
      start: '2027-01',
      months: 24,
      streams: [{ monthlyCalls: flat(100_000, 24) }],
      packages: [
        {
          id: 'first',
          label: 'Year one',
          calls: 1_200_000,
          price: '6000',
          createdOn: '2027-01-01',
        },
        { id: 'second', calls: 1_200_000, price: '11000', createdOn: '2028-01-01' },
      ],
      payPerUse: [{ api: 'general-text', tiers: [{ upTo: null, unitPrice: '0.01' }] }],
    });
    expect(summary.payback).toEqual({ kind: 'on', date: '2028-05-31' });
    expect(summary.firstPurchase).toEqual({
      position: 0,
      boughtOn: '2027-01-01',
      payback: { kind: 'on', date: '2027-06-30' },
    });
  });

  it('has no first-purchase figure with a single purchase', () => {
    const summary = summaryOf({
      streams: [{ monthlyCalls: [1000] }],
      packages: [{ id: 'p', calls: 500, price: '1', createdOn: '2027-01-01' }],
    });
    expect(summary.firstPurchase).toBeNull();
  });

  it('counts the calls still held when the horizon ends, with their expiry days', () => {
    const summary = summaryOf({
      start: '2027-01',
      months: 2,
      streams: [{ monthlyCalls: [1000, 1000] }],
      packages: [
        { id: 'a', calls: 5000, price: '1', createdOn: '2027-01-01' },
        { id: 'b', calls: 3000, price: '1', createdOn: '2027-02-01', validityMonths: 6 },
      ],
    });
    // a pays for both months (it sorts first), b keeps all it had.
    expect(summary.unusedAtEnd).toEqual({
      calls: 3000 + 3000,
      firstExpiry: '2027-08-01',
      lastExpiry: '2028-01-01',
    });
    expect(summary.wastedCalls).toBe(0);
  });
});
