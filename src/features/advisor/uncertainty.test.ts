import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moneyToString, renderRule } from '../../engine';
import { buildScenario } from '../../engine/testing/scenario-builder';
import {
  caseScenarios,
  checkUncertainty,
  formatPercentChange,
  HIGH_MESSAGE,
  LOW_MESSAGE,
  rangesOf,
  readPercent,
  scaleCalls,
  scaleScenario,
  toUncertaintyCases,
} from './uncertainty';

const FLAT_CENT = [{ api: 'general-text', tiers: [{ upTo: null, unitPrice: '0.01' }] }];

describe('readPercent', () => {
  it.each([
    ['-20', -20],
    ['−20 %', -20],
    ['+30%', 30],
    [' 12.5 ', 12.5],
    ['0', 0],
  ])('reads %j as %d', (text, value) => {
    expect(readPercent(text)).toBe(value);
  });

  it('tells an empty field from one that is not a number', () => {
    expect(readPercent('  ')).toBeUndefined();
    expect(readPercent('twenty')).toBeNull();
    expect(readPercent('1e3')).toBeNull();
  });
});

describe('checkUncertainty', () => {
  it('accepts a low case from −100 to 0 and a high case from 0 to 1000', () => {
    expect(checkUncertainty({ lowPercent: '-100', highPercent: '1000' })).toEqual({
      ok: true,
      value: { lowPercent: -100, highPercent: 1000 },
    });
  });

  it.each([
    [{ lowPercent: '20', highPercent: '30' }, { lowPercent: LOW_MESSAGE }],
    [{ lowPercent: '-101', highPercent: '30' }, { lowPercent: LOW_MESSAGE }],
    [
      { lowPercent: '', highPercent: '-5' },
      { lowPercent: LOW_MESSAGE, highPercent: HIGH_MESSAGE },
    ],
    [{ lowPercent: '-20', highPercent: 'lots' }, { highPercent: HIGH_MESSAGE }],
  ])('names each field that is out of range: %j', (draft, errors) => {
    expect(checkUncertainty(draft)).toEqual({ ok: false, errors });
  });

  it('refuses a high case that would take a month past the limit of calls', () => {
    const scenario = buildScenario({ streams: [{ monthlyCalls: [600_000_000_000] }] });
    const check = checkUncertainty({ lowPercent: '-20', highPercent: '100' }, scenario);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.errors.highPercent && renderRule(check.errors.highPercent)).toBe(
      'gives a month more than 1,000,000,000,000 calls',
    );
  });
});

describe('scaling the projection', () => {
  it('scales whole calls, rounding half up', () => {
    expect(scaleCalls(1000, -20)).toBe(800);
    expect(scaleCalls(1234, 30)).toBe(1604); // 1604.2
    expect(scaleCalls(5, 10)).toBe(6); // 5.5
    expect(scaleCalls(1000, -100)).toBe(0);
  });

  it('scales every month of every stream and nothing else', () => {
    const scenario = buildScenario({
      months: 2,
      streams: [
        { monthlyCalls: [1000, 2000] },
        { id: 'b', region: 'ap-southeast-2', subscribed: false, monthlyCalls: [10, 0] },
      ],
      packages: [{ id: 'p', calls: 500, createdOn: '2027-01-01' }],
    });
    const low = scaleScenario(scenario, -20);
    expect(low.streams.map((stream) => stream.monthlyCalls)).toEqual([
      [800, 1600],
      [8, 0],
    ]);
    expect(low.packages).toBe(scenario.packages);
    expect(scaleScenario(scenario, 0)).toBe(scenario);
  });

  it("takes a forecast's range over the months it covers, the percentage elsewhere", () => {
    const scenario = buildScenario({
      start: '2027-01',
      months: 3,
      streams: [
        { id: 'a', monthlyCalls: [1000, 1000, 1000] },
        { id: 'b', region: 'ap-southeast-2', subscribed: false, monthlyCalls: [10, 10, 10] },
      ],
    });
    const ranges = rangesOf([
      {
        id: 'a',
        range: [
          { month: '2027-02', low: 700, high: 1500 },
          { month: '2027-03', low: 600, high: 1800 },
        ],
      },
      { id: 'b', range: [] },
    ]);
    expect(Object.keys(ranges)).toEqual(['a']);
    const { low, high } = caseScenarios(scenario, { lowPercent: -20, highPercent: 30, ranges });
    expect(low.streams.map((stream) => stream.monthlyCalls)).toEqual([
      [800, 700, 600],
      [8, 8, 8],
    ]);
    expect(high.streams.map((stream) => stream.monthlyCalls)).toEqual([
      [1300, 1500, 1800],
      [13, 13, 13],
    ]);
  });
});

describe('toUncertaintyCases', () => {
  it('simulates the low, expected and high cases', () => {
    // One month of 10,000 calls at 0.01 each and a 5,000-call package bought for 40:
    // low (−50 %) 5,000 calls: the package covers all, cost 40, pay-per-use only 50, saves 10.
    // expected 10,000: 40 + 5,000 × 0.01 = 90 against 100, saves 10.
    // high (+100 %) 20,000: 40 + 15,000 × 0.01 = 190 against 200, saves 10.
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [10_000] }],
      packages: [{ id: 'p', calls: 5000, price: '40', createdOn: '2027-01-01' }],
      payPerUse: FLAT_CENT,
    });
    const cases = toUncertaintyCases(scenario, { lowPercent: -50, highPercent: 100 });
    const money = (figures: typeof cases.low) => ({
      calls: figures.calls,
      total: moneyToString(figures.totalCost),
      payPerUseOnly: moneyToString(figures.payPerUseOnlyCost),
      savings: moneyToString(figures.savings),
    });
    expect(money(cases.low)).toEqual({
      calls: 5000,
      total: '40',
      payPerUseOnly: '50',
      savings: '10',
    });
    expect(money(cases.expected)).toEqual({
      calls: 10_000,
      total: '90',
      payPerUseOnly: '100',
      savings: '10',
    });
    expect(money(cases.high)).toEqual({
      calls: 20_000,
      total: '190',
      payPerUseOnly: '200',
      savings: '10',
    });
  });

  it('counts the calls a package wastes when the low case leaves it half used', () => {
    // Valid one month from January 1, the package is usable through February 1. At −80 % it
    // pays January's 2,000 calls and February 1's 71 (2,000 spread over 28 days, rounded down),
    // so 5,000 − 2,071 = 2,929 are wasted; as projected, January alone uses all 5,000.
    const scenario = buildScenario({
      months: 2,
      streams: [{ monthlyCalls: [10_000, 10_000] }],
      packages: [{ id: 'p', calls: 5000, validityMonths: 1, createdOn: '2027-01-01' }],
      payPerUse: FLAT_CENT,
    });
    const cases = toUncertaintyCases(scenario, { lowPercent: -80, highPercent: 0 });
    expect(cases.low.wastedCalls).toBe(2929);
    expect(cases.expected.wastedCalls).toBe(0);
  });
});

describe('formatPercentChange', () => {
  it.each([
    [-20, '−20\u00a0%'],
    [30, '+30\u00a0%'],
    [0, '0\u00a0%'],
    [12.5, '+12.5\u00a0%'],
  ])('writes %d as %j', (percent, text) => {
    expect(formatPercentChange(percent)).toBe(text);
  });

  it('writes the magnitude as Intl would, to two decimals at most', () => {
    const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
    fc.assert(
      fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), (percent) => {
        const written = formatPercentChange(percent);
        expect(written.replace(/^[−+]/, '').replace('\u00a0%', '')).toBe(
          intl.format(Math.abs(percent)),
        );
      }),
    );
  });
});
