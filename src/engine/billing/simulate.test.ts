import { describe, expect, it } from 'vitest';
import { moneyToString } from '../core/money';
import type { Scenario } from '../core/scenario';
import { parseScenario } from '../core/scenario';
import { renderMessage } from '../messages';
import { buildScenario, type PackageDocument } from '../testing/scenario-builder';
import { balanceAtEndOf, simulate, simulateDetailed } from './simulate';

const FLAT = [{ api: 'general-text', tiers: [{ upTo: null, unitPrice: '0.001' }] }];
const TWO_TIERS = [
  { upTo: 1000, unitPrice: '0.002' },
  { upTo: null, unitPrice: '0.001' },
];

function onePackage(pkg: Partial<PackageDocument> = {}): PackageDocument {
  return { id: 'p', calls: 100, createdOn: '2027-01-01', ...pkg };
}

function packageResult(scenario: Scenario, id = 'p') {
  const found = simulate(scenario).packages.find((pkg) => pkg.id === id);
  if (!found) throw new Error(`no package ${id}`);
  return found;
}

describe('spreading a month over its days (§3)', () => {
  it('counts a leap day as a day of February', () => {
    const scenario = buildScenario({
      start: '2028-02',
      streams: [{ monthlyCalls: [29] }],
      packages: [onePackage({ calls: 5, createdOn: '2028-02-29' })],
    });
    const result = simulate(scenario);
    expect(result.months[0]?.byPackage).toEqual({ p: 1 });
    expect(result.packages[0]?.expiresOn).toBe('2029-02-28');
    expect(result.totals.payPerUseCalls).toBe(28);
  });
});

describe("a package's life (§4)", () => {
  it('expires on 28 February when it takes effect on 31 January for one month, and wastes the rest', () => {
    const scenario = buildScenario({
      months: 3,
      streams: [{ monthlyCalls: [31, 28, 31] }],
      packages: [onePackage({ createdOn: '2027-01-31', validityMonths: 1 })],
    });
    expect(packageResult(scenario)).toEqual({
      id: 'p',
      consumed: 29,
      remaining: 0,
      wasted: 71,
      exhaustedOn: null,
      expiresOn: '2027-02-28',
      lapsed: 0,
      utilization: '0.29',
    });
    expect(simulate(scenario).months.map((month) => month.byPackage)).toEqual([
      { p: 1 },
      { p: 28 },
      {},
    ]);
  });

  it('covers the whole horizon day when it takes effect on the last day, and keeps the rest', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [31] }],
      packages: [onePackage({ calls: 10, createdOn: '2027-01-01', activatesOn: '2027-01-31' })],
    });
    expect(packageResult(scenario)).toMatchObject({
      consumed: 1,
      remaining: 9,
      wasted: 0,
      exhaustedOn: null,
    });
  });

  it('pays on its expiry day, and what is left is wasted, not remaining, when that is the horizon last day', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [31] }],
      packages: [onePackage({ createdOn: '2026-12-31', validityMonths: 1 })],
    });
    expect(packageResult(scenario)).toMatchObject({
      consumed: 31,
      remaining: 0,
      wasted: 69,
      expiresOn: '2027-01-31',
    });
  });

  it('is not usable the day after it expires', () => {
    const scenario = buildScenario({
      months: 2,
      streams: [{ monthlyCalls: [31, 28] }],
      packages: [onePackage({ createdOn: '2026-12-31', validityMonths: 1 })],
    });
    const detail = simulateDetailed(scenario);
    expect(detail.dailyPayPerUseCalls[30]).toBe(0);
    expect(detail.dailyPayPerUseCalls[31]).toBe(1);
  });

  it('is not usable before it takes effect', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [31] }],
      packages: [onePackage({ createdOn: '2027-01-01', activatesOn: '2027-01-11' })],
    });
    expect(packageResult(scenario).consumed).toBe(21);
  });

  it('costs nothing in the horizon when bought before it, yet still pays for calls', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [31] }],
      packages: [onePackage({ createdOn: '2026-06-01', price: '500' })],
    });
    const result = simulate(scenario);
    expect(result.totals.packageCost).toBe('0');
    expect(result.months[0]?.packageCost).toBe('0');
    expect(result.totals.packageCalls).toBe(31);
  });

  it('costs nothing in the horizon when bought after it', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [31] }],
      packages: [onePackage({ createdOn: '2027-02-01', price: '500' })],
    });
    expect(simulate(scenario).totals.packageCost).toBe('0');
    expect(packageResult(scenario)).toMatchObject({ consumed: 0, remaining: 100, wasted: 0 });
  });

  it('charges its price in the month it is bought', () => {
    const scenario = buildScenario({
      months: 2,
      streams: [{ monthlyCalls: [0, 0] }],
      packages: [onePackage({ createdOn: '2027-02-14', price: '12.5' })],
    });
    expect(simulate(scenario).months.map((month) => month.packageCost)).toEqual(['0', '12.5']);
  });

  it('subtracts calls used before the horizon, whatever its dates', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [310] }],
      packages: [onePackage({ usedCalls: 90, createdOn: '2027-01-01' })],
    });
    expect(packageResult(scenario)).toMatchObject({
      consumed: 10,
      exhaustedOn: '2027-01-01',
      utilization: '1',
    });
  });

  it('has no exhaustion day when it was used up before the horizon', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [31] }],
      packages: [onePackage({ usedCalls: 100 })],
    });
    expect(packageResult(scenario)).toMatchObject({
      consumed: 0,
      exhaustedOn: null,
      utilization: '1',
      wasted: 0,
      remaining: 0,
    });
  });

  it('writes utilization rounded half-up to 10 places without trailing zeros', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [1] }],
      packages: [onePackage({ calls: 81 })],
    });
    expect(packageResult(scenario).utilization).toBe('0.012345679');
  });

  it('never pays for an API nobody calls: a warning for the page, not an error', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [31] }],
      packages: [onePackage({ api: 'passport' })],
    });
    expect(packageResult(scenario)).toMatchObject({ consumed: 0, remaining: 100 });
  });

  it('never pays in another region than its own', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [31], region: 'cn-north-4' }],
      packages: [onePackage({ region: 'ap-southeast-1' })],
    });
    expect(simulate(scenario).totals.payPerUseCalls).toBe(31);
  });

  it('records the day its use reaches 80 %, when the usage alert would fire', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [310] }],
      packages: [onePackage()],
    });
    const detail = simulateDetailed(scenario).packages[0];
    expect(detail?.alertOn).toBe('2027-01-08');
    expect(detail?.exhaustedOn).toBe('2027-01-10');
  });

  it('has no alert day in the horizon when it was 80 % used before', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [310] }],
      packages: [onePackage({ usedCalls: 80 })],
    });
    expect(simulateDetailed(scenario).packages[0]?.alertOn).toBeNull();
  });

  it('keeps its balance for every usable day of the horizon', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [310] }],
      packages: [onePackage({ createdOn: '2027-01-01', activatesOn: '2027-01-03', calls: 45 })],
    });
    const detail = simulateDetailed(scenario).packages[0];
    if (!detail) throw new Error('no package');
    expect([detail.usableFrom, detail.usableTo]).toEqual([2, 30]);
    expect(Array.from(detail.paidDays)).toEqual([2, 3, 4, 5, 6]);
    const balances = Array.from({ length: 33 }, (_, day) => balanceAtEndOf(detail, day));
    expect(balances.slice(0, 9)).toEqual([null, null, 35, 25, 15, 5, 0, 0, 0]);
    expect(balances.slice(28)).toEqual([0, 0, 0, null, null]);
  });
});

describe('the edges of the horizon', () => {
  it('wastes nothing of a package that expired before the horizon began', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [31] }],
      packages: [onePackage({ createdOn: '2025-06-01' })],
    });
    expect(packageResult(scenario)).toMatchObject({
      consumed: 0,
      remaining: 0,
      wasted: 0,
      expiresOn: '2026-06-01',
    });
  });

  it('counts as wasted what a package held when it expired on the horizon first day', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [31] }],
      packages: [onePackage({ createdOn: '2026-01-01' })],
    });
    expect(packageResult(scenario)).toMatchObject({
      consumed: 1,
      remaining: 0,
      wasted: 99,
      expiresOn: '2027-01-01',
    });
  });

  it('keeps as remaining what a package holds when it expires the day after the horizon', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [31] }],
      packages: [onePackage({ createdOn: '2026-12-01', validityMonths: 2 })],
    });
    expect(packageResult(scenario)).toMatchObject({
      consumed: 31,
      remaining: 69,
      wasted: 0,
      expiresOn: '2027-02-01',
    });
  });

  it('fires the usage alert on the horizon first day when that day crosses 80 %', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [3100] }],
      packages: [onePackage()],
    });
    expect(simulateDetailed(scenario).packages[0]?.alertOn).toBe('2027-01-01');
  });

  it('fires the usage alert once, on the first day it is reached', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [310] }],
      packages: [onePackage({ calls: 1000 })],
    });
    expect(simulateDetailed(scenario).packages[0]?.alertOn).toBeNull();
    const crossing = buildScenario({
      streams: [{ monthlyCalls: [310] }],
      packages: [onePackage({ calls: 250 })],
    });
    expect(simulateDetailed(crossing).packages[0]?.alertOn).toBe('2027-01-20');
  });

  it('prices one day spanning three graduated tiers', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [3100] }],
      payPerUse: [
        {
          api: 'general-text',
          tiers: [
            { upTo: 10, unitPrice: '1' },
            { upTo: 50, unitPrice: '0.1' },
            { upTo: null, unitPrice: '0.01' },
          ],
        },
      ],
    });
    const detail = simulateDetailed(scenario);
    expect(moneyToString(detail.cumulativePlanCost[0] ?? (0n as never))).toBe('14.5');
    expect(simulate(scenario).totals.payPerUseCost).toBe('44.5');
  });

  it('ignores a paid package bought before the horizon when finding the payback day', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [31000] }],
      packages: [
        onePackage({ id: 'old', calls: 100_000, price: '500', createdOn: '2026-06-01' }),
        onePackage({ id: 'new', calls: 10, price: '0.001', createdOn: '2027-01-20' }),
      ],
    });
    expect(simulate(scenario).paybackOn).toBe('2027-01-20');
  });
});

describe('who pays first (§5)', () => {
  it('lets the first of two exact twins pay until it is empty', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [31] }],
      packages: [onePackage({ id: 'a', calls: 10 }), onePackage({ id: 'b', calls: 10 })],
    });
    const result = simulate(scenario);
    expect(result.packages.map((pkg) => [pkg.id, pkg.exhaustedOn])).toEqual([
      ['a', '2027-01-10'],
      ['b', '2027-01-20'],
    ]);
    expect(result.totals.payPerUseCalls).toBe(11);
  });

  it('splits one day between packages when the first runs out mid-day', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [310] }],
      packages: [onePackage({ id: 'a', calls: 15 }), onePackage({ id: 'b', calls: 10 })],
    });
    const result = simulate(scenario);
    expect(result.packages.map((pkg) => pkg.exhaustedOn)).toEqual(['2027-01-02', '2027-01-03']);
  });

  it('uses manual priority, lower first, when the order says so', () => {
    const scenario = buildScenario({
      deductionOrder: ['priority'],
      streams: [{ monthlyCalls: [31] }],
      packages: [
        onePackage({ id: 'a', calls: 5, priority: 2 }),
        onePackage({ id: 'b', calls: 5, priority: -1 }),
      ],
    });
    expect(simulate(scenario).packages.map((pkg) => pkg.exhaustedOn)).toEqual([
      '2027-01-10',
      '2027-01-05',
    ]);
  });

  it('uses earliest expiry first when the order says so', () => {
    const scenario = buildScenario({
      deductionOrder: ['expiresOn'],
      streams: [{ monthlyCalls: [31] }],
      packages: [
        onePackage({ id: 'free-late', source: 'free', calls: 5, validityMonths: 12 }),
        onePackage({ id: 'soon', calls: 5, validityMonths: 1 }),
      ],
    });
    expect(simulate(scenario).packages.map((pkg) => pkg.exhaustedOn)).toEqual([
      '2027-01-10',
      '2027-01-05',
    ]);
  });

  it('puts free before promotional before purchased by default', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [31] }],
      packages: [
        onePackage({ id: 'bought', calls: 5 }),
        onePackage({ id: 'promo', calls: 5, source: 'promotional' }),
        onePackage({ id: 'gift', calls: 5, source: 'free' }),
      ],
    });
    expect(simulate(scenario).packages.map((pkg) => pkg.exhaustedOn)).toEqual([
      '2027-01-15',
      '2027-01-10',
      '2027-01-05',
    ]);
  });
});

describe('pay-per-use (§6)', () => {
  const tiered = (mode: 'graduated' | 'volume') => [
    { api: 'general-text', mode, tiers: TWO_TIERS },
  ];

  it.each([
    ['graduated', 1000, '2'],
    ['graduated', 1001, '2.001'],
    ['volume', 1000, '2'],
    ['volume', 1001, '1.001'],
  ] as const)(
    'prices a %s month of exactly %i calls at the tier boundary as %s',
    (mode, calls, cost) => {
      const scenario = buildScenario({
        streams: [{ monthlyCalls: [calls] }],
        payPerUse: tiered(mode),
      });
      expect(simulate(scenario).totals.payPerUseCost).toBe(cost);
    },
  );

  it('prices the same calls differently under volume and graduated tiers', () => {
    const cost = (mode: 'graduated' | 'volume') =>
      simulate(buildScenario({ streams: [{ monthlyCalls: [3000] }], payPerUse: tiered(mode) }))
        .totals.payPerUseCost;
    expect([cost('graduated'), cost('volume')]).toEqual(['4', '3']);
  });

  it('feeds the tier counter only with pay-per-use calls', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [3100] }],
      packages: [onePackage({ calls: 1000 })],
      payPerUse: tiered('graduated'),
    });
    expect(simulate(scenario).totals.payPerUseCost).toBe('3.1');
  });

  it('starts the tier counter again on the first of every month', () => {
    const scenario = buildScenario({
      months: 2,
      streams: [{ monthlyCalls: [1000, 1000] }],
      payPerUse: tiered('graduated'),
    });
    expect(simulate(scenario).months.map((month) => month.payPerUseCost)).toEqual(['2', '2']);
  });

  it('keeps a tier counter per region', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [1000] }, { monthlyCalls: [1000], region: 'cn-north-4' }],
      payPerUse: tiered('graduated'),
    });
    expect(simulate(scenario).totals.payPerUseCost).toBe('4');
  });

  it('prices a region with its own entry before the every-region one', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [1000] }, { monthlyCalls: [1000], region: 'cn-north-4' }],
      payPerUse: [
        { api: 'general-text', tiers: [{ upTo: null, unitPrice: '0.001' }] },
        { api: 'general-text', region: 'cn-north-4', tiers: [{ upTo: null, unitPrice: '0.003' }] },
      ],
    });
    expect(simulate(scenario).totals.payPerUseCost).toBe('4');
  });

  it('charges a volume month on its last day', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [3100] }],
      payPerUse: tiered('volume'),
    });
    const detail = simulateDetailed(scenario);
    expect(moneyToString(detail.cumulativePlanCost[29] ?? (0n as never))).toBe('0');
    expect(moneyToString(detail.cumulativePlanCost[30] ?? (0n as never))).toBe('3.1');
  });

  it('charges nothing in a month with no calls', () => {
    const scenario = buildScenario({
      months: 3,
      streams: [{ monthlyCalls: [0, 3100, 0] }],
      payPerUse: tiered('volume'),
    });
    expect(
      simulate(scenario).months.map((month) => [month.calls, month.payPerUseCost, month.byPackage]),
    ).toEqual([
      [0, '0', {}],
      [3100, '3.1', {}],
      [0, '0', {}],
    ]);
  });

  it('fails the calls no package covers where the API is not subscribed, at no cost', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [31], subscribed: false }],
      packages: [onePackage({ calls: 10 })],
      payPerUse: [],
    });
    const result = simulate(scenario);
    expect(result.totals).toMatchObject({
      packageCalls: 10,
      failedCalls: 21,
      payPerUseCalls: 0,
      payPerUseCost: '0',
      payPerUseOnlyCost: '0',
    });
    expect(result.months[0]?.failedCalls).toBe(21);
  });
});

describe('what a simulation returns (§7)', () => {
  it('has no payback day when the packages cost nothing', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [31] }],
      packages: [onePackage({ source: 'free' })],
      payPerUse: FLAT,
    });
    expect(simulate(scenario).paybackOn).toBeNull();
  });

  it('has no payback day when the plan costs more than pay-per-use', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [31] }],
      packages: [onePackage({ price: '1' })],
    });
    const result = simulate(scenario);
    expect(result.totals.savings).toBe('-0.969');
    expect(result.paybackOn).toBeNull();
  });

  it('pays back no earlier than the first paid package is bought', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [31000] }],
      packages: [
        onePackage({ id: 'gift', source: 'free', calls: 1000 }),
        onePackage({ id: 'paid', calls: 100_000, price: '0.5', createdOn: '2027-01-10' }),
      ],
    });
    expect(simulate(scenario).paybackOn).toBe('2027-01-10');
  });

  it('pays back when savings stay at or above zero for good, after a later purchase dips them', () => {
    const scenario = buildScenario({
      months: 3,
      streams: [{ monthlyCalls: [31000, 28000, 31000] }],
      packages: [
        onePackage({ id: 'first', calls: 100_000, price: '5' }),
        onePackage({ id: 'second', calls: 100_000, price: '40', createdOn: '2027-02-01' }),
      ],
    });
    const result = simulate(scenario);
    expect(result.totals.savings).toBe('45');
    expect(result.paybackOn).toBe('2027-02-14');
  });

  it('counts a day whose cumulative savings are exactly zero as paid back', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [31000] }],
      packages: [onePackage({ calls: 100_000, price: '5' })],
    });
    expect(simulate(scenario).paybackOn).toBe('2027-01-05');
  });

  it('adds the months up to the totals, and the days up to the cumulative costs', () => {
    const scenario = buildScenario({
      months: 2,
      streams: [
        { monthlyCalls: [3100, 2800] },
        { monthlyCalls: [31, 0], region: 'cn-north-4', subscribed: false },
      ],
      packages: [
        onePackage({ calls: 1500, price: '1.25' }),
        onePackage({ id: 'q', region: 'cn-north-4', calls: 10, price: '0.5' }),
      ],
      payPerUse: [{ api: 'general-text', tiers: TWO_TIERS }],
    });
    const detail = simulateDetailed(scenario);
    const result = simulate(scenario);
    expect(result.totals).toEqual({
      calls: 5931,
      packageCalls: 1510,
      payPerUseCalls: 4400,
      failedCalls: 21,
      packageCost: '1.75',
      // January: 1,500 covered, 1,600 at 2 + 0.6; February: 2,800 at 2 + 1.8.
      payPerUseCost: '6.4',
      totalCost: '8.15',
      // January 3,100 at 2 + 2.1, February 3.8; the unsubscribed region fails.
      payPerUseOnlyCost: '7.9',
      savings: '-0.25',
    });
    expect(moneyToString(detail.cumulativePlanCost[detail.days - 1] ?? (0n as never))).toBe('8.15');
    expect(detail.dailyCalls.reduce((sum, calls) => sum + calls, 0)).toBe(5931);
  });

  it('leaves the scenario it was given as it was', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [31] }],
      packages: [onePackage(), onePackage({ id: 'q' })],
    });
    const before = structuredClone(scenario);
    simulate(scenario);
    expect(scenario).toEqual(before);
  });
});

describe('the limit of exact call counts', () => {
  it('refuses a scenario whose calls add up beyond what the engine counts exactly, and accepts one just within', () => {
    const document = (streams: number) => ({
      format: 'ocr-billing-scenario',
      version: 1,
      currency: 'USD',
      start: '2027-01',
      months: 120,
      streams: Array.from({ length: streams }, (_, index) => ({
        id: `s${index}`,
        api: `api-${index}`,
        region: 'cn-north-4',
        subscribed: false,
        monthlyCalls: Array.from({ length: 120 }, () => 1_000_000_000_000),
      })),
      packages: [],
      payPerUse: [],
    });
    const refused = parseScenario(document(76));
    expect(refused.ok ? [] : refused.errors.map(renderMessage)).toEqual([
      'streams: the calls of all streams add up to more than 9007199254740991, the largest total this simulator counts exactly',
    ]);
    expect(parseScenario(document(75)).ok).toBe(true);
  });
});

describe('allowances that reset (§4a)', () => {
  it('holds a monthly quota afresh on its activation day and at each month start, not prorated', () => {
    // 31 calls a day in January (961 calls), 28 a day in February (784 calls).
    const scenario = buildScenario({
      months: 2,
      streams: [{ monthlyCalls: [961, 784] }],
      packages: [onePackage({ calls: 100, createdOn: '2027-01-30', resetEvery: 'month' })],
    });
    const detail = simulateDetailed(scenario).packages[0];
    expect(
      detail?.periods.map(({ from, to, held, used, left }) => [from, to, held, used, left]),
    ).toEqual([
      [29, 30, 100, 62, 38],
      [31, 58, 100, 100, 0],
    ]);
    expect(packageResult(scenario)).toMatchObject({
      consumed: 162,
      lapsed: 38,
      wasted: 0,
      remaining: 0,
      exhaustedOn: '2027-02-04',
      utilization: '0.81',
    });
  });

  it('wastes, not lapses, what it holds at the end of its expiry day', () => {
    const scenario = buildScenario({
      months: 2,
      streams: [{ monthlyCalls: [0, 0] }],
      packages: [
        onePackage({ calls: 10, createdOn: '2027-01-15', validityMonths: 1, resetEvery: 'day' }),
      ],
    });
    // Usable 15 January to 15 February: 32 days, the last one's quota wasted.
    expect(packageResult(scenario)).toMatchObject({ lapsed: 310, wasted: 10, consumed: 0 });
  });

  it('counts usedCalls against the first period only', () => {
    const scenario = buildScenario({
      months: 2,
      streams: [{ monthlyCalls: [0, 0] }],
      packages: [
        onePackage({
          calls: 100,
          usedCalls: 40,
          createdOn: '2026-12-01',
          resetEvery: 'month',
        }),
      ],
    });
    expect(packageResult(scenario)).toMatchObject({ lapsed: 160, utilization: '0.2' });
  });

  it('renews and lapses even where no stream calls its API', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [31] }],
      packages: [
        onePackage({ calls: 3, api: 'passport', createdOn: '2027-01-01', resetEvery: 'day' }),
      ],
    });
    expect(packageResult(scenario)).toMatchObject({ lapsed: 93, consumed: 0, utilization: '0' });
  });

  it('has utilization "0" and nothing else when it has no period inside the horizon', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [31] }],
      packages: [onePackage({ createdOn: '2027-02-01', resetEvery: 'month' })],
    });
    expect(packageResult(scenario)).toMatchObject({
      consumed: 0,
      lapsed: 0,
      wasted: 0,
      remaining: 0,
      exhaustedOn: null,
      utilization: '0',
    });
  });

  it('orders a monthly allowance by the end of its current month, not by its expiry', () => {
    // The allowance expires 2027-06-01 but its January period ends 2027-01-31, before the
    // bought package's 2027-02-01: under an expiry-first order the allowance pays first.
    const scenario = buildScenario({
      deductionOrder: ['expiresOn'],
      streams: [{ monthlyCalls: [31] }],
      packages: [
        onePackage({ id: 'bought', calls: 5, createdOn: '2027-01-01', validityMonths: 1 }),
        onePackage({ id: 'allowance', calls: 100, createdOn: '2026-06-01', resetEvery: 'month' }),
      ],
    });
    expect(simulate(scenario).months[0]?.byPackage).toEqual({ allowance: 31 });
  });
});
