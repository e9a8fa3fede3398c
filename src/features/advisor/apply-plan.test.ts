import { describe, expect, it } from 'vitest';
import { type AdvisedPurchase, type Money, parseMoney } from '../../engine';
import { testCatalog } from '../../engine/testing/advisor-arbitrary';
import { DEMO_DRAFT } from '../../store/demo';
import { checkDraft } from '../../store/draft';
import { adviceKey, packagesWithPlan } from './apply-plan';

const catalog = testCatalog([{ api: 'general-text', calls: 1_000_000, price: '5580' }]);
const demo = checkDraft(DEMO_DRAFT);
if (!demo.parsed.ok) throw new Error('the demo must be valid');
const scenario = demo.parsed.scenario;

const purchase: AdvisedPurchase = {
  api: 'general-text',
  region: 'ap-southeast-1',
  calls: 1_000_000,
  price: parseMoney('5580') as Money,
  validityMonths: 12,
  createdOn: '2027-03-01',
  count: 2,
};

describe('packagesWithPlan', () => {
  it('keeps owned and promotional packages as typed and replaces the planned purchases', () => {
    // The demo plans two purchases in 2027 (General Text 1M, General Table 100k); it keeps the
    // passport package bought in 2026 and the free promotion.
    const typedPrice = {
      ...DEMO_DRAFT.packages[0],
      price: '1,080',
    } as (typeof DEMO_DRAFT.packages)[0];
    const draft = { ...DEMO_DRAFT, packages: [typedPrice, ...DEMO_DRAFT.packages.slice(1)] };
    const packages = packagesWithPlan(draft, scenario, [purchase], catalog);
    expect(packages.map((pkg) => pkg.id)).toEqual([
      'passport-owned',
      'text-promo',
      'advice-1',
      'advice-2',
    ]);
    expect(packages[0]).toBe(typedPrice);
    expect(packages[1]).toBe(DEMO_DRAFT.packages[2]);
    expect(packages[2]).toEqual({
      id: 'advice-1',
      label: 'General Text 1M (advised)',
      api: 'general-text',
      region: 'ap-southeast-1',
      source: 'purchased',
      calls: '1000000',
      price: '5580',
      createdOn: '2027-03-01',
      activatesOn: '',
      validityMonths: '12',
      usedCalls: '',
      priority: '',
      resetEvery: 'never',
      // The lowest slot the kept packages (0 and 2) leave free; the next purchase takes 3.
      colour: 1,
    });
    expect(packages[3]?.colour).toBe(3);
  });

  it('keeps the colour of a plan package the draft already holds', () => {
    const applied = packagesWithPlan(DEMO_DRAFT, scenario, [purchase], catalog);
    const again = packagesWithPlan(
      { ...DEMO_DRAFT, packages: applied.map((pkg, index) => ({ ...pkg, colour: 7 - index })) },
      scenario,
      [purchase],
      catalog,
    );
    expect(again.map((pkg) => [pkg.id, pkg.colour])).toEqual([
      ['passport-owned', 7],
      ['text-promo', 6],
      ['advice-1', 5],
      ['advice-2', 4],
    ]);
  });

  it('leaves only the kept packages for a plan that buys nothing', () => {
    expect(packagesWithPlan(DEMO_DRAFT, scenario, [], catalog).map((pkg) => pkg.id)).toEqual([
      'passport-owned',
      'text-promo',
    ]);
  });
});

describe('adviceKey', () => {
  const cases = { lowPercent: -20, highPercent: 30 };

  it('changes with the scenario, the catalog and the objective', () => {
    const key = adviceKey(scenario, 'international', 'total', cases);
    expect(adviceKey(scenario, 'international', 'total', cases)).toBe(key);
    expect(adviceKey({ ...scenario, months: 11 }, 'international', 'total', cases)).not.toBe(key);
    expect(adviceKey(scenario, 'mainland', 'total', cases)).not.toBe(key);
    expect(adviceKey(scenario, 'international', 'worst', cases)).not.toBe(key);
  });

  it('depends on the low and high cases only for the worst case', () => {
    const other = { lowPercent: -10, highPercent: 30 };
    expect(adviceKey(scenario, 'international', 'total', other)).toBe(
      adviceKey(scenario, 'international', 'total', cases),
    );
    expect(adviceKey(scenario, 'international', 'worst', other)).not.toBe(
      adviceKey(scenario, 'international', 'worst', cases),
    );
  });
});
