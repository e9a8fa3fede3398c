import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../testing/property-runs';
import { scenarioDocumentArbitrary } from '../testing/scenario-arbitrary';
import { buildScenario } from '../testing/scenario-builder';
import { purchasePayback } from './purchase-payback';
import { simulate } from './simulate';

const flat = (calls: number, months: number) => Array.from({ length: months }, () => calls);

describe('the payback day of one purchase', () => {
  it('shows a first purchase paying for itself long before the whole plan does', () => {
    // 100,000 calls a month at 0.01 cost 1,000 a month pay-per-use; each package covers a year.
    const scenario = buildScenario({
      start: '2027-01',
      months: 24,
      streams: [{ monthlyCalls: flat(100_000, 24) }],
      packages: [
        { id: 'first', calls: 1_200_000, price: '6000', createdOn: '2027-01-01' },
        { id: 'second', calls: 1_200_000, price: '11000', createdOn: '2028-01-01' },
      ],
      payPerUse: [{ api: 'general-text', tiers: [{ upTo: null, unitPrice: '0.01' }] }],
    });
    expect(purchasePayback(scenario, 0)).toEqual({ kind: 'on', date: '2027-06-30' });
    expect(purchasePayback(scenario, 1)).toEqual({ kind: 'on', date: '2028-11-30' });
    expect(simulate(scenario).paybackOn).toBe('2028-05-31');
  });

  it('says when a purchase never pays for itself, and when a package is not a purchase here', () => {
    const scenario = buildScenario({
      start: '2027-01',
      months: 12,
      streams: [{ monthlyCalls: flat(1000, 12) }],
      packages: [
        { id: 'dear', calls: 1_000_000, price: '9000', createdOn: '2027-01-01' },
        { id: 'free', calls: 1000, price: '0', createdOn: '2027-01-01', source: 'free' },
        { id: 'owned', calls: 1000, price: '50', createdOn: '2026-06-01' },
      ],
      payPerUse: [{ api: 'general-text', tiers: [{ upTo: null, unitPrice: '0.01' }] }],
    });
    expect(purchasePayback(scenario, 0)).toEqual({ kind: 'never' });
    expect(purchasePayback(scenario, 1)).toEqual({ kind: 'not-bought-here' });
    expect(purchasePayback(scenario, 2)).toEqual({ kind: 'not-bought-here' });
  });

  it('is the plan’s payback day (billing-rules §7) when the plan is that one purchase', () => {
    fc.assert(
      fc.property(
        scenarioDocumentArbitrary().filter((document) => document.packages.length === 1),
        (document) => {
          const scenario = buildScenario(document);
          const planPayback = simulate(scenario).paybackOn;
          const own = purchasePayback(scenario, 0);
          if (planPayback !== null) expect(own).toEqual({ kind: 'on', date: planPayback });
          else expect(own.kind).not.toBe('on');
        },
      ),
      propertyRuns(300),
    );
  });

  it('leaves the scenario it was given as it was', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [100] }],
      packages: [{ id: 'p', calls: 50, price: '1', createdOn: '2027-01-01' }],
    });
    const before = JSON.stringify(scenario, (_, value) =>
      typeof value === 'bigint' ? value.toString() : value,
    );
    purchasePayback(Object.freeze(scenario), 0);
    expect(
      JSON.stringify(scenario, (_, value) =>
        typeof value === 'bigint' ? value.toString() : value,
      ),
    ).toBe(before);
  });
});
