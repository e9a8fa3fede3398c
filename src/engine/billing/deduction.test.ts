import { describe, expect, it } from 'vitest';
import { DEFAULT_DEDUCTION_ORDER } from '../core/scenario';
import { renderRule } from '../messages';
import { buildScenario, type PackageDocument } from '../testing/scenario-builder';
import {
  expiryDate,
  explainOrder,
  type OrderExplanation,
  orderViewOn,
  sortByDeductionOrder,
  toOrderedPackages,
} from './deduction';

function ordered(...packages: PackageDocument[]) {
  return toOrderedPackages(buildScenario({ packages }).packages);
}

const base: PackageDocument = { id: 'a', calls: 10, createdOn: '2027-01-10' };

/** An explanation with its reason in the command line's English. */
function inEnglish(explanation: OrderExplanation) {
  return { ...explanation, reason: renderRule(explanation.reason) };
}

describe('the expiry day', () => {
  it.each([
    ['2027-01-10', 12, '2028-01-10'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2027-08-31', 120, '2037-08-31'],
  ])(
    'of a package taking effect on %s for %i months is %s',
    (activatesOn, validityMonths, expected) => {
      expect(expiryDate({ activatesOn, validityMonths })).toBe(expected);
    },
  );
});

describe('which of two packages pays first', () => {
  it.each([
    [{ source: 'free' as const }, {}, 'source', 'free before purchased'],
    [{ source: 'promotional' as const }, {}, 'source', 'promotional before purchased'],
    [
      { createdOn: '2027-01-01', activatesOn: '2027-01-05' },
      {},
      'activatesOn',
      'takes effect earlier (2027-01-05 before 2027-01-10)',
    ],
    [{ validityMonths: 6 }, {}, 'expiresOn', 'expires earlier (2027-07-10 before 2028-01-10)'],
    [
      { createdOn: '2027-01-05', activatesOn: '2027-01-10' },
      {},
      'createdOn',
      'bought earlier (2027-01-05 before 2027-01-10)',
    ],
    [{}, {}, 'position', 'listed earlier (package 1 before package 2); every other rule ties'],
  ])(
    'is decided by the first differing key: %o against %o by %s',
    (first, second, decidedBy, reason) => {
      const [a, b] = ordered(
        { ...base, ...first, id: 'first' },
        { ...base, ...second, id: 'second' },
      );
      if (!a || !b) throw new Error('two packages expected');
      expect(inEnglish(explainOrder(a, b, DEFAULT_DEDUCTION_ORDER))).toEqual({
        first: 'first',
        second: 'second',
        decidedBy,
        reason,
      });
      expect(inEnglish(explainOrder(b, a, DEFAULT_DEDUCTION_ORDER))).toEqual({
        first: 'first',
        second: 'second',
        decidedBy,
        reason,
      });
      // A reason speaks of the two packages, not of a field of the scenario.
      expect(explainOrder(a, b, DEFAULT_DEDUCTION_ORDER).reason.path).toEqual([]);
    },
  );

  it('puts the smaller package first when the order says so, and says why with both sizes', () => {
    const [a, b] = ordered(
      { ...base, id: 'large', calls: 5_000 },
      { ...base, id: 'small', calls: 500 },
    );
    if (!a || !b) throw new Error('two packages expected');
    const explanation = explainOrder(a, b, ['calls']);
    expect(explanation).toMatchObject({ first: 'small', second: 'large', decidedBy: 'calls' });
    expect(explanation.reason).toEqual({
      code: 'order.calls',
      path: [],
      params: { first: 500, second: 5_000 },
    });
    expect(sortByDeductionOrder([a, b], ['calls']).map((entry) => entry.pkg.id)).toEqual([
      'small',
      'large',
    ]);
  });

  it('puts a lower manual priority first when priority is in the order', () => {
    const [a, b] = ordered(
      { ...base, id: 'high', priority: 5 },
      { ...base, id: 'low', priority: -2 },
    );
    if (!a || !b) throw new Error('two packages expected');
    expect(inEnglish(explainOrder(a, b, ['priority']))).toEqual({
      first: 'low',
      second: 'high',
      decidedBy: 'priority',
      reason: 'priority -2 before priority 5 (lower first)',
    });
  });

  it('ignores keys that are not in the order', () => {
    const [a, b] = ordered(
      { ...base, id: 'bought' },
      { ...base, id: 'gift', source: 'free', validityMonths: 1 },
    );
    if (!a || !b) throw new Error('two packages expected');
    expect(explainOrder(a, b, ['activatesOn', 'createdOn']).decidedBy).toBe('position');
    expect(explainOrder(a, b, ['expiresOn', 'source']).first).toBe('gift');
  });
});

describe('sorting by the deduction order', () => {
  it('orders the spec example 02 as its expected ledger shows', () => {
    const packages = ordered(
      { id: 'late-activation', calls: 1, createdOn: '2027-01-10', activatesOn: '2027-03-15' },
      { id: 'bought-first', calls: 1, createdOn: '2027-01-10' },
      { id: 'promo', calls: 1, source: 'promotional', createdOn: '2027-02-01' },
      { id: 'same-day-twin', calls: 1, createdOn: '2027-01-10' },
      { id: 'short-validity', calls: 1, createdOn: '2027-01-10', validityMonths: 6 },
      { id: 'created-earlier', calls: 1, createdOn: '2027-01-05', activatesOn: '2027-01-10' },
    );
    expect(
      sortByDeductionOrder(packages, DEFAULT_DEDUCTION_ORDER).map(({ pkg }) => pkg.id),
    ).toEqual([
      'promo',
      'short-validity',
      'created-earlier',
      'bought-first',
      'same-day-twin',
      'late-activation',
    ]);
  });

  it('leaves the list it was given in its order', () => {
    const packages = ordered({ ...base, id: 'b' }, { ...base, id: 'a', source: 'free' });
    sortByDeductionOrder(packages, DEFAULT_DEDUCTION_ORDER);
    expect(packages.map(({ pkg }) => pkg.id)).toEqual(['b', 'a']);
  });
});

describe('an allowance as the order sees it on a day (billing-rules §4a)', () => {
  const [plain, daily, monthly, endsSoon] = ordered(
    { ...base, id: 'plain' },
    { ...base, id: 'daily', resetEvery: 'day', createdOn: '2027-01-05' },
    { ...base, id: 'monthly', resetEvery: 'month', createdOn: '2027-01-05' },
    { ...base, id: 'ends-soon', resetEvery: 'month', createdOn: '2027-01-05', validityMonths: 1 },
  );
  if (!plain || !daily || !monthly || !endsSoon) throw new Error('four packages expected');

  it('leaves a package that is spent once as it is', () => {
    expect(orderViewOn(plain, '2027-01-20')).toBe(plain);
  });

  it('keys a daily allowance by the day itself, or its first day before it is usable', () => {
    expect(orderViewOn(daily, '2027-01-20').expiresOn).toBe('2027-01-20');
    expect(orderViewOn(daily, '2027-01-05').expiresOn).toBe('2027-01-05');
    expect(orderViewOn(daily, '2027-01-01').expiresOn).toBe('2027-01-05');
    expect(orderViewOn(daily, '2027-01-20').pkg).toBe(daily.pkg);
  });

  it("keys a monthly allowance by its month's last day, never after its expiry", () => {
    expect(orderViewOn(monthly, '2027-01-05').expiresOn).toBe('2027-01-31');
    expect(orderViewOn(monthly, '2027-02-10').expiresOn).toBe('2027-02-28');
    expect(orderViewOn(monthly, '2027-01-01').expiresOn).toBe('2027-01-31');
    // Valid one month from January 5: its February period ends on its expiry day, February 5.
    expect(orderViewOn(endsSoon, '2027-02-03').expiresOn).toBe('2027-02-05');
  });
});
