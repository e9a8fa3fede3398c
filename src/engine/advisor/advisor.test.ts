import { describe, expect, it } from 'vitest';
import { simulate } from '../billing/simulate';
import { apiName } from '../core/catalog';
import { deepFreeze } from '../core/frozen';
import { type Money, moneyToString, parseMoney } from '../core/money';
import { parseScenario, type Scenario, serializeScenario } from '../core/scenario';
import { type Message, renderMessage, sizeLabel } from '../messages';
import { testCatalog } from '../testing/advisor-arbitrary';
import { buildScenario, type ScenarioDocument } from '../testing/scenario-builder';
import {
  type AdvisorOutcome,
  type AdvisorResult,
  advise,
  adviseInSteps,
  applyAdvice,
  isPlannedPurchase,
  keptPackages,
  type PurchaseLabel,
  toAdvisedPackages,
} from './advisor';

/** Explanations in the command line's English. */
const says = (messages: readonly Message[] | undefined) => (messages ?? []).map(renderMessage);

/** Advised packages labelled as the page labels them in English. */
const advisedLabel: PurchaseLabel = (purchase) =>
  `${apiName(testCatalog([]), purchase.api)} ${sizeLabel(purchase.calls)} (advised)`;

const FLAT_CENT = [{ api: 'general-text', tiers: [{ upTo: null, unitPrice: '0.01' }] }];

function resultOf(outcome: AdvisorOutcome): AdvisorResult {
  if (outcome.cancelled) throw new Error('unexpectedly cancelled');
  return outcome;
}

/** The plan in words: "count × calls on date". */
function planOf(result: AdvisorResult): string[] {
  return result.purchases.map(
    (purchase) => `${purchase.count} × ${purchase.calls} on ${purchase.createdOn}`,
  );
}

function steady(calls: number, months: number, extra: Partial<ScenarioDocument> = {}): Scenario {
  return buildScenario({
    months,
    streams: [{ monthlyCalls: Array.from({ length: months }, () => calls) }],
    payPerUse: FLAT_CENT,
    ...extra,
  });
}

describe('advise: hand-checked plans', () => {
  it('buys one big package for steady demand rather than many small ones', () => {
    // 12 × 1,000 calls: twelve 1k packages cost 108, pay-per-use 120, one 12k package 90.
    const catalog = testCatalog([
      { api: 'general-text', calls: 1000, price: '9' },
      { api: 'general-text', calls: 12_000, price: '90' },
    ]);
    const result = resultOf(advise({ scenario: steady(1000, 12), catalog }));
    expect(planOf(result)).toEqual(['1 × 12000 on 2027-01-01']);
    expect(moneyToString(result.totalCost)).toBe('90');
    expect(moneyToString(result.payPerUseOnlyCost)).toBe('120');
    expect(moneyToString(result.currentPlanCost)).toBe('120');
    expect(moneyToString(result.savingsAgainstPayPerUseOnly)).toBe('30');
    expect(moneyToString(result.savingsAgainstCurrentPlan)).toBe('30');
    expect(result.provenOptimal).toBe(true);
    expect(result.streams[0]?.guarantee).toBe('proven-optimal');
  });

  it('buys nothing when demand is below break-even', () => {
    // 840 calls a year cost 8.40 pay-per-use; the only package costs 9.50.
    const catalog = testCatalog([{ api: 'general-text', calls: 1000, price: '9.5' }]);
    const result = resultOf(advise({ scenario: steady(70, 12), catalog }));
    expect(result.purchases).toEqual([]);
    expect(moneyToString(result.totalCost)).toBe('8.4');
    expect(says(result.streams[0]?.explanation)[0]).toMatch(/buy nothing/);
  });

  it('delays the first purchase while a package already owned covers the first months', () => {
    // The owned 3,000 calls cover January to March; a 3k package valid 3 months then covers
    // April to June. Bought earlier it would expire half unused.
    const catalog = testCatalog(
      [
        { api: 'general-text', calls: 1000, price: '9' },
        { api: 'general-text', calls: 3000, price: '24' },
      ],
      3,
    );
    const scenario = steady(1000, 6, {
      packages: [{ id: 'owned', calls: 3000, price: '30', createdOn: '2026-12-01' }],
    });
    const result = resultOf(advise({ scenario, catalog }));
    expect(planOf(result)).toEqual(['1 × 3000 on 2027-04-01']);
    expect(moneyToString(result.totalCost)).toBe('24'); // the owned package was paid before
    expect(says(result.explanation).join(' ')).toMatch(/Keeps the 1 package/);
  });

  it('buys enough to avoid failed calls where pay-per-use is not subscribed', () => {
    const catalog = testCatalog([{ api: 'general-text', calls: 1000, price: '9' }]);
    const scenario = buildScenario({
      months: 4,
      streams: [{ subscribed: false, monthlyCalls: [500, 500, 500, 500] }],
    });
    const result = resultOf(advise({ scenario, catalog }));
    expect(result.failedCalls).toBe(0);
    expect(moneyToString(result.totalCost)).toBe('18');
    expect(result.purchases.reduce((sum, purchase) => sum + purchase.count, 0)).toBe(2);
    expect(moneyToString(result.payPerUseOnlyCost)).toBe('0');
    expect(result.payPerUseOnlyFailedCalls).toBe(2000);
    expect(moneyToString(result.savingsAgainstPayPerUseOnly)).toBe('-18');
    expect(says(result.streams[0]?.explanation).join(' ')).toMatch(
      /failed calls as low as possible/,
    );
    expect(says(result.explanation).join(' ')).toMatch(
      /first keeps failed calls as low as possible/,
    );
  });

  it('replaces planned purchases, keeps the rest, and compares with the plan as given', () => {
    const catalog = testCatalog([{ api: 'general-text', calls: 12_000, price: '90' }]);
    const scenario = steady(1000, 12, {
      packages: [
        { id: 'planned', calls: 1000, price: '50', createdOn: '2027-02-01' },
        { id: 'gift', source: 'free', calls: 500, createdOn: '2027-03-01' },
      ],
    });
    expect(keptPackages(scenario).map((pkg) => pkg.id)).toEqual(['gift']);
    const result = resultOf(advise({ scenario, catalog }));
    // As given: 50 for the planned package, 10.5k calls pay-per-use.
    expect(moneyToString(result.currentPlanCost)).toBe('155');
    // The gift covers 500 calls, so the 12k package would leave 500 unused: still the best buy.
    expect(planOf(result)).toEqual(['1 × 12000 on 2027-01-01']);
    expect(moneyToString(result.totalCost)).toBe('90');
    const applied = applyAdvice(scenario, result.purchases, advisedLabel);
    expect(applied.packages.map((pkg) => pkg.id)).toEqual(['gift', 'advice-1']);
    expect(moneyToString(parseMoney(simulate(applied).totals.totalCost) as Money)).toBe('90');
  });

  it('says which streams have no catalog package and plans the others', () => {
    const catalog = testCatalog([{ api: 'general-text', calls: 12_000, price: '90' }]);
    const scenario = buildScenario({
      months: 12,
      streams: [
        { api: 'general-text', monthlyCalls: Array.from({ length: 12 }, () => 1000) },
        { api: 'passport', monthlyCalls: Array.from({ length: 12 }, () => 1000) },
      ],
      payPerUse: [...FLAT_CENT, { api: 'passport', tiers: [{ upTo: null, unitPrice: '0.02' }] }],
    });
    const result = resultOf(advise({ scenario, catalog }));
    expect(planOf(result)).toEqual(['1 × 12000 on 2027-01-01']);
    expect(moneyToString(result.totalCost)).toBe('330'); // 90 + 12,000 × 0.02
    expect(says(result.streams[1]?.explanation)[0]).toMatch(/sells no package/);
  });
});

describe('advise: the worst case over variants', () => {
  const catalog = testCatalog([
    { api: 'general-text', calls: 1000, price: '8' },
    { api: 'general-text', calls: 6000, price: '42' },
  ]);
  const scenario = steady(500, 12);
  const high = steady(1000, 12);
  const low = steady(0, 12);

  it('buys for the highest demand and reports the worst case', () => {
    const result = resultOf(
      advise({ scenario, catalog, scenarios: [low, high] }, { objective: 'worst' }),
    );
    expect(result.objective).toBe('worst');
    // High demand: 12,000 calls, two 6k packages (84) beat paying 120 or twelve 1k (96).
    expect(moneyToString(result.worstCase?.totalCost as Money)).toBe('84');
    expect(moneyToString(result.worstCase?.currentPlanCost as Money)).toBe('120');
    // The expected scenario pays for the same packages and uses half of them.
    expect(moneyToString(result.totalCost)).toBe('84');
    expect(result.provenOptimal).toBe(true);
  });

  it('minimises the expected total without the objective', () => {
    const result = resultOf(advise({ scenario, catalog, scenarios: [low, high] }));
    expect(result.worstCase).toBeNull();
    expect(moneyToString(result.totalCost)).toBe('42');
  });

  it('refuses a variant that differs in more than its monthly calls', () => {
    const other = { ...high, start: '2028-01' };
    expect(() => advise({ scenario, catalog, scenarios: [other] }, { objective: 'worst' })).toThrow(
      /only in its monthly calls/,
    );
  });
});

describe('advise: progress, cancel and inputs', () => {
  const catalog = testCatalog([
    { api: 'general-text', calls: 1000, price: '9' },
    { api: 'general-text', calls: 5000, price: '40' },
  ]);
  const scenario = buildScenario({
    months: 6,
    streams: [
      { monthlyCalls: [800, 1200, 1500, 900, 2000, 2500] },
      { region: 'cn-north-4', monthlyCalls: [3000, 0, 100, 4000, 50, 700] },
    ],
    payPerUse: FLAT_CENT,
  });

  it('reports progress from 0 to 1, never going back', () => {
    const seen: number[] = [];
    resultOf(advise({ scenario, catalog }, { onProgress: (fraction) => seen.push(fraction) }));
    expect(seen.length).toBeGreaterThan(2);
    expect(seen[seen.length - 1]).toBe(1);
    seen.forEach((fraction, index) => {
      expect(fraction).toBeGreaterThanOrEqual(index === 0 ? 0 : (seen[index - 1] as number));
      expect(fraction).toBeLessThanOrEqual(1);
    });
  });

  it('returns cancelled, and no plan, when asked to stop', () => {
    expect(advise({ scenario, catalog }, { shouldCancel: () => true })).toEqual({
      cancelled: true,
    });
    let asked = 0;
    expect(advise({ scenario, catalog }, { shouldCancel: () => ++asked > 3 })).toEqual({
      cancelled: true,
    });
    expect(asked).toBe(4);
  });

  it('runs in steps a worker can interleave with other work', () => {
    const steps = adviseInSteps({ scenario, catalog });
    let count = 0;
    let step = steps.next();
    while (!step.done) {
      count++;
      step = steps.next();
    }
    expect(count).toBeGreaterThan(1);
    expect(step.value.totalCost).toBe(resultOf(advise({ scenario, catalog })).totalCost);
  });

  it('changes neither the scenario nor the catalog', () => {
    const before = JSON.stringify([serializeScenario(scenario), catalog]);
    advise({ scenario: deepFreeze(scenario), catalog: deepFreeze(catalog) });
    applyAdvice(deepFreeze(scenario), [], advisedLabel);
    expect(JSON.stringify([serializeScenario(scenario), catalog])).toBe(before);
  });
});

describe('the plan as scenario packages', () => {
  const purchase = {
    api: 'general-text',
    region: 'ap-southeast-1',
    calls: 1_000_000,
    price: parseMoney('5580') as Money,
    validityMonths: 12,
    createdOn: '2027-03-01',
    count: 2,
  };

  it('writes one purchased package per package bought, with advice ids and labels', () => {
    const packages = toAdvisedPackages([purchase], advisedLabel, new Set(['advice-1']));
    expect(packages.map((pkg) => [pkg.id, pkg.label])).toEqual([
      ['advice-2', 'General Text 1M (advised)'],
      ['advice-3', 'General Text 1M (advised)'],
    ]);
    expect(packages[0]).toMatchObject({
      source: 'purchased',
      createdOn: '2027-03-01',
      activatesOn: '2027-03-01',
      validityMonths: 12,
      usedCalls: 0,
      priority: 0,
    });
  });

  it('gives a valid scenario when applied, without the planned purchases', () => {
    const scenario = steady(1000, 12, {
      packages: [
        { id: 'advice-1', source: 'promotional', calls: 10, createdOn: '2027-01-01' },
        { id: 'planned', calls: 1000, price: '50', createdOn: '2027-02-01' },
        { id: 'old', calls: 1000, price: '50', createdOn: '2026-02-01' },
      ],
    });
    expect(scenario.packages.map((pkg) => isPlannedPurchase(scenario, pkg))).toEqual([
      false,
      true,
      false,
    ]);
    const applied = applyAdvice(scenario, [purchase], advisedLabel);
    expect(applied.packages.map((pkg) => pkg.id)).toEqual([
      'advice-1',
      'old',
      'advice-2',
      'advice-3',
    ]);
    const reparsed = parseScenario(serializeScenario(applied));
    expect(reparsed.ok).toBe(true);
  });

  it.each([
    [1000, '1k'],
    [10_000, '10k'],
    [500_000, '500k'],
    [1_000_000, '1M'],
    [2_500_000, '2.5M'],
    [10_000_000, '10M'],
    [1500, '1.5k'],
    [999, '999'],
  ])('calls a size of %i "%s"', (calls, label) => {
    expect(sizeLabel(calls)).toBe(label);
  });
});

describe('kept allowances (billing-rules §4a)', () => {
  it('are counted: the plan buys only for the calls a free daily allowance leaves', () => {
    // 100 calls a day in January, 50 of them free every day: 1,550 calls to buy for, not 3,100.
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [3100] }],
      packages: [
        { id: 'free-daily', source: 'free', calls: 50, createdOn: '2026-12-01', resetEvery: 'day' },
      ],
    });
    const catalog = testCatalog([
      { api: 'general-text', calls: 1000, price: '0.5' },
      { api: 'general-text', calls: 2000, price: '0.9' },
    ]);
    const result = advise({ scenario, catalog });
    if (result.cancelled) throw new Error('not cancelled');
    expect(result.purchases.map(({ calls, count }) => ({ calls, count }))).toEqual([
      { calls: 2000, count: 1 },
    ]);
    expect(result.certificate.guarantee).toBe('proven-optimal');
    const applied = simulate(applyAdvice(scenario, result.purchases));
    expect(moneyToString(result.totalCost)).toBe(applied.totals.totalCost);
    expect(applied.totals.payPerUseCalls).toBe(0);
  });
});
