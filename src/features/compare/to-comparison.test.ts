import { describe, expect, it } from 'vitest';
import { type Scenario, simulateDetailed } from '../../engine';
import { buildScenario, type PackageDocument } from '../../engine/testing/scenario-builder';
import { toCompareSeries, toComparison, type VariantRun } from './to-comparison';

const FLAT_CENT = [{ api: 'general-text', tiers: [{ upTo: null, unitPrice: '0.01' }] }];

/** Two months (January and February 2027) of 1,000 calls at 0.01 a call. */
function twoMonths(packages: PackageDocument[] = [], start = '2027-01'): Scenario {
  return buildScenario({
    start,
    months: 2,
    streams: [{ monthlyCalls: [1000, 1000] }],
    packages,
    payPerUse: FLAT_CENT,
  });
}

function run(id: string, scenario: Scenario): VariantRun {
  return { id, name: id, scenario, simulation: simulateDetailed(scenario) };
}

const payPerUse = run('pay-per-use', twoMonths());
// 2,000 calls for 15 on January 1: covers both months, costs 15 against 20.
const bigPackage = run(
  'big',
  twoMonths([{ id: 'p', calls: 2000, price: '15', createdOn: '2027-01-01' }]),
);
// 1,500 calls for 9 valid one month: covers January and February 1, then pay-per-use.
const smallPackage = run(
  'small',
  twoMonths([{ id: 'p', calls: 1500, price: '9', validityMonths: 1, createdOn: '2027-01-01' }]),
);

describe('toComparison', () => {
  it('shows each total and its difference against the first variant', () => {
    const rows = toComparison([payPerUse, bigPackage]);
    const row = (metric: string) => rows.find((candidate) => candidate.metric === metric)?.cells;
    // Pay-per-use only: 2,000 calls × 0.01 = 20. The package: 15, 5 less; savings 0 and 5.
    expect(row('totalCost')).toEqual([
      { kind: 'money', amount: '20.00', currency: 'USD', difference: null, otherCurrency: false },
      {
        kind: 'money',
        amount: '15.00',
        currency: 'USD',
        difference: '-5.00',
        otherCurrency: false,
      },
    ]);
    expect(
      row('payPerUseOnlyCost')?.map((cell) => cell.kind === 'money' && cell.difference),
    ).toEqual([null, '0.00']);
    expect(row('savings')?.map((cell) => cell.kind === 'money' && cell.amount)).toEqual([
      '0.00',
      '5.00',
    ]);
    expect(row('failedCalls')).toEqual([
      { kind: 'count', value: 0, difference: null },
      { kind: 'count', value: 0, difference: 0 },
    ]);
    expect(rows.map((candidate) => candidate.label)).toEqual([
      'Total cost',
      'Pay-per-use only',
      'Savings',
      'Calls wasted at expiry',
      'Failed calls',
      'Payback day',
    ]);
  });

  it('counts wasted calls and compares payback days in days', () => {
    // The 1,500-call package expires after February 1 holding 1,500 − 1,000 − 35 = 465 calls
    // (February 1 brings 1,000 / 28 → 35 calls).
    const rows = toComparison([bigPackage, smallPackage, payPerUse]);
    const wasted = rows.find((row) => row.metric === 'wastedCalls')?.cells;
    expect(wasted).toEqual([
      { kind: 'count', value: 0, difference: null },
      { kind: 'count', value: 465, difference: 465 },
      { kind: 'count', value: 0, difference: 0 },
    ]);
    const payback = rows.find((row) => row.metric === 'payback')?.cells ?? [];
    const big = bigPackage.simulation.paybackOn;
    const small = smallPackage.simulation.paybackOn;
    expect(payback[0]).toEqual({
      kind: 'payback',
      payback: { kind: 'on', date: big },
      difference: null,
    });
    expect(big && small).toBeTruthy();
    const days = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
    expect(payback[1]).toEqual({
      kind: 'payback',
      payback: { kind: 'on', date: small },
      difference: days(small ?? '') - days(big ?? ''),
    });
    expect(payback[2]).toEqual({
      kind: 'payback',
      payback: { kind: 'no-packages' },
      difference: null,
    });
  });

  it('says when a package never pays back', () => {
    const dear = run(
      'dear',
      twoMonths([{ id: 'p', calls: 100, price: '50', createdOn: '2027-01-01' }]),
    );
    const payback = toComparison([dear]).find((row) => row.metric === 'payback')?.cells;
    expect(payback).toEqual([{ kind: 'payback', payback: { kind: 'never' }, difference: null }]);
  });

  it('gives no money difference across currencies', () => {
    const euros = run('euros', { ...twoMonths(), currency: 'EUR' });
    const total = toComparison([payPerUse, euros]).find((row) => row.metric === 'totalCost');
    expect(total?.cells[1]).toEqual({
      kind: 'money',
      amount: '20.00',
      currency: 'EUR',
      difference: null,
      otherCurrency: true,
    });
  });

  it('has no rows without variants', () => {
    expect(toComparison([])).toEqual([]);
  });
});

describe('toCompareSeries', () => {
  it('adds up each variant month by month, over the months of every horizon', () => {
    // Pay-per-use: 10 a month. The big package: 15 in January, nothing more in February.
    // A third variant starting in February: 10 in February, 20 by March.
    const later = run('later', twoMonths([], '2027-02'));
    const series = toCompareSeries([payPerUse, bigPackage, later]);
    expect(series.lines).toEqual([
      { id: 'pay-per-use', name: 'pay-per-use', currency: 'USD' },
      { id: 'big', name: 'big', currency: 'USD' },
      { id: 'later', name: 'later', currency: 'USD' },
    ]);
    expect(series.rows).toEqual([
      { month: '2027-01', values: [10, 15, null], texts: ['10.00', '15.00', null] },
      { month: '2027-02', values: [20, 15, 10], texts: ['20.00', '15.00', '10.00'] },
      { month: '2027-03', values: [null, null, 20], texts: [null, null, '20.00'] },
    ]);
  });
});
