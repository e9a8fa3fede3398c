import { describe, expect, it } from 'vitest';
import { type Catalog, simulateDetailed } from '../../engine';
import { buildScenario } from '../../engine/testing/scenario-builder';
import { resultPackageNames } from './package-names';
import { toAllowanceLedger, toMonthLedger, toPackageLedger } from './to-ledgers';

const scenario = buildScenario({
  months: 2,
  streams: [{ monthlyCalls: [31_000, 28_000] }],
  packages: [
    { id: 'p', label: 'Starter', calls: 20_000, price: '10.005', createdOn: '2027-01-01' },
    { id: 'q', calls: 1_000, createdOn: '2027-03-01' },
  ],
});
const simulation = simulateDetailed(scenario);

describe('toMonthLedger', () => {
  it('gives each month its calls and costs, rounded half-up, and the totals', () => {
    const ledger = toMonthLedger(simulation);
    expect(ledger.rows).toEqual([
      {
        month: '2027-01',
        calls: 31_000,
        packageCalls: 20_000,
        payPerUseCalls: 11_000,
        payPerUseCost: '11.00',
        failedCalls: 0,
        packageCost: '10.01',
        totalCost: '21.01',
      },
      {
        month: '2027-02',
        calls: 28_000,
        packageCalls: 0,
        payPerUseCalls: 28_000,
        payPerUseCost: '28.00',
        failedCalls: 0,
        packageCost: '0.00',
        totalCost: '28.00',
      },
    ]);
    expect(ledger.total).toMatchObject({ month: 'Total', calls: 59_000, totalCost: '49.01' });
  });
});

describe('toPackageLedger', () => {
  it('names each package, its API and region, and what it did', () => {
    const catalog = {
      apis: [{ id: 'general-text', name: 'General Text' }],
      regions: [{ id: 'ap-southeast-1', name: 'AP-Hong Kong', apis: ['general-text'] }],
    } as unknown as Catalog;
    const names = resultPackageNames(scenario.packages, catalog);
    const [starter, later] = toPackageLedger(simulation, scenario, names, catalog);
    expect(starter).toEqual({
      id: 'p',
      label: 'Starter',
      api: 'General Text',
      region: 'AP-Hong Kong',
      consumed: 20_000,
      remaining: 0,
      wasted: 0,
      lapsed: 0,
      exhaustedOn: '2027-01-20',
      alertOn: '2027-01-16',
      expiresOn: '2028-01-01',
      utilization: '1',
    });
    // Unlabelled, it is named as the packages editor names it, never by its id.
    expect(later).toMatchObject({
      label: 'General Text 1k',
      consumed: 0,
      remaining: 1_000,
      exhaustedOn: null,
    });
  });

  it('falls back to the ids without a catalog', () => {
    const names = resultPackageNames(scenario.packages, undefined);
    const [starter] = toPackageLedger(simulation, scenario, names, undefined);
    expect([starter?.api, starter?.region]).toEqual(['general-text', 'ap-southeast-1']);
  });
});

describe('toAllowanceLedger', () => {
  it('shows each allowance month by month: periods, what they held, paid and lost', () => {
    // Example 06 of the spec: 150 calls a day in January, 100 a day in February.
    const allowances = buildScenario({
      months: 2,
      streams: [{ monthlyCalls: [4_650, 2_800] }],
      payPerUse: [{ api: 'general-text', tiers: [{ upTo: null, unitPrice: '0.01' }] }],
      packages: [
        {
          id: 'monthly',
          source: 'free',
          calls: 1_000,
          createdOn: '2027-01-01',
          resetEvery: 'month',
        },
        {
          id: 'daily',
          label: 'Free 100 a day',
          source: 'free',
          calls: 100,
          createdOn: '2027-01-01',
          resetEvery: 'day',
        },
        { id: 'bought', calls: 10, createdOn: '2027-01-01' },
      ],
    });
    expect(toAllowanceLedger(simulateDetailed(allowances), allowances)).toEqual([
      {
        key: 'monthly:2027-01',
        label: '',
        resetEvery: 'month',
        month: '2027-01',
        periods: 1,
        held: 1_000,
        used: 1_000,
        lapsed: 0,
        wasted: 0,
      },
      {
        key: 'monthly:2027-02',
        label: '',
        resetEvery: 'month',
        month: '2027-02',
        periods: 1,
        held: 1_000,
        used: 100,
        lapsed: 900,
        wasted: 0,
      },
      {
        key: 'daily:2027-01',
        label: 'Free 100 a day',
        resetEvery: 'day',
        month: '2027-01',
        periods: 31,
        held: 3_100,
        used: 3_100,
        lapsed: 0,
        wasted: 0,
      },
      {
        key: 'daily:2027-02',
        label: 'Free 100 a day',
        resetEvery: 'day',
        month: '2027-02',
        periods: 28,
        held: 2_800,
        used: 2_700,
        lapsed: 100,
        wasted: 0,
      },
    ]);
  });
});
