import { describe, expect, it } from 'vitest';
import { moneyToString } from '../core/money';
import { buildScenario } from '../testing/scenario-builder';
import {
  compareRulePresets,
  type PresetOutcome,
  presetOfOrder,
  RULE_PRESETS,
} from './rule-presets';

describe('rule presets (billing-rules §5)', () => {
  it('are the four orders of the spec, each with its source', () => {
    expect(RULE_PRESETS.map((preset) => [preset.id, preset.order])).toEqual([
      ['huawei-ocr', ['source', 'activatesOn', 'expiresOn', 'createdOn']],
      ['huawei-billing-center', ['source', 'expiresOn', 'createdOn']],
      ['tencent-ocr', ['source', 'expiresOn', 'createdOn']],
      ['baidu-ocr', ['source', 'createdOn', 'calls']],
    ]);
    for (const preset of RULE_PRESETS) expect(preset.source).not.toBe('');
  });

  it('names the preset an order is, the first listed when two share it, and none for a custom one', () => {
    expect(presetOfOrder(['source', 'activatesOn', 'expiresOn', 'createdOn'])).toBe('huawei-ocr');
    expect(presetOfOrder(['source', 'expiresOn', 'createdOn'])).toBe('huawei-billing-center');
    expect(presetOfOrder(['source', 'createdOn', 'calls'])).toBe('baidu-ocr');
    expect(presetOfOrder(['createdOn'])).toBeNull();
    // Only the whole order names a preset: not a part of one, nor one with a key added.
    expect(presetOfOrder(['source', 'expiresOn'])).toBeNull();
    expect(presetOfOrder(['source', 'expiresOn', 'createdOn', 'calls'])).toBeNull();
  });

  it('finds the bill changes when a later-activated, earlier-expiring package is wasted under one rule', () => {
    // A: takes effect 1 January, expires 1 January 2028. B: bought 1 December 2026, takes effect
    // 15 January, valid 1 month, expires 15 February. Huawei's OCR order spends A first, so B
    // expires holding calls; earliest expiry spends B first.
    const scenario = buildScenario({
      months: 2,
      streams: [{ monthlyCalls: [3_100, 2_800] }],
      packages: [
        { id: 'A', calls: 10_000, createdOn: '2027-01-01' },
        {
          id: 'B',
          calls: 1_000,
          createdOn: '2026-12-01',
          activatesOn: '2027-01-15',
          validityMonths: 1,
        },
      ],
    });
    const comparison = compareRulePresets(scenario);
    const [huawei, billing] = comparison.outcomes as [PresetOutcome, PresetOutcome];
    expect(huawei.packages.find((pkg) => pkg.id === 'B')?.wasted).toBe(1_000);
    expect(billing.packages.find((pkg) => pkg.id === 'B')?.wasted).toBe(0);
    // A is unused at the end either way, so the bill is the same: only who pays changes.
    expect(comparison.difference).toBe('payers');
    expect(moneyToString(huawei.totalCost)).toBe(moneyToString(billing.totalCost));
  });

  it('finds the bill changes when the rule decides which package runs out before expiring', () => {
    // A expires at the end of February with 1,000 calls; B lasts a year. Spending A first uses
    // it all; spending B first (earlier bought under Baidu's rule) leaves A to expire unused.
    const scenario = buildScenario({
      months: 3,
      streams: [{ monthlyCalls: [500, 500, 3_100] }],
      packages: [
        { id: 'B', calls: 1_000, createdOn: '2026-12-15', activatesOn: '2027-01-01' },
        {
          id: 'A',
          calls: 1_000,
          createdOn: '2027-01-01',
          validityMonths: 2,
        },
      ],
    });
    const comparison = compareRulePresets(scenario);
    expect(comparison.difference).toBe('cost');
    // Both Huawei rules spend A first (it expires first); the first listed is named on a tie.
    expect(comparison.cheapest).toBe('huawei-ocr');
    expect(comparison.dearest).toBe('baidu-ocr');
  });

  it('finds nothing changes with one package', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [3_100] }],
      packages: [{ id: 'A', calls: 1_000, createdOn: '2027-01-01' }],
    });
    expect(compareRulePresets(scenario).difference).toBe('nothing');
  });

  it("totals each rule's wasted and lapsed calls over the packages", () => {
    const scenario = buildScenario({
      months: 2,
      streams: [{ monthlyCalls: [3_100, 2_800] }],
      packages: [
        { id: 'daily', calls: 150, createdOn: '2027-01-01', resetEvery: 'day' },
        { id: 'A', calls: 10_000, createdOn: '2027-01-01' },
        {
          id: 'B',
          calls: 1_000,
          createdOn: '2026-12-01',
          activatesOn: '2027-01-15',
          validityMonths: 1,
        },
      ],
    });
    for (const outcome of compareRulePresets(scenario).outcomes) {
      const sum = (field: 'wasted' | 'lapsed') =>
        outcome.packages.reduce((total, pkg) => total + pkg[field], 0);
      expect(outcome.wastedCalls).toBe(sum('wasted'));
      expect(outcome.lapsedCalls).toBe(sum('lapsed'));
    }
    const [huawei] = compareRulePresets(scenario).outcomes;
    expect(huawei?.wastedCalls).toBeGreaterThan(0);
    expect(huawei?.lapsedCalls).toBeGreaterThan(0);
  });

  it('names the first listed rule cheapest and dearest when every rule costs the same', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [3_100] }],
      packages: [{ id: 'A', calls: 1_000, createdOn: '2027-01-01' }],
    });
    const comparison = compareRulePresets(scenario);
    expect(comparison.cheapest).toBe('huawei-ocr');
    expect(comparison.dearest).toBe('huawei-ocr');
  });

  it('finds only the payers change when two packages share the calls differently at no cost', () => {
    // Both free, both usable all month, together more than the calls: every rule pays every
    // call from packages, but Baidu's rule spends the smaller first.
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [3_100] }],
      packages: [
        { id: 'big', calls: 5_000, createdOn: '2027-01-01' },
        { id: 'small', calls: 1_000, createdOn: '2027-01-01' },
      ],
    });
    const comparison = compareRulePresets(scenario);
    expect(comparison.difference).toBe('payers');
    const used = (index: number, id: string) =>
      comparison.outcomes[index]?.packages.find((pkg) => pkg.id === id)?.consumed;
    expect(used(0, 'big')).toBe(3_100);
    expect(used(3, 'small')).toBe(1_000);
  });

  it.each([
    [
      'only the days they run out',
      [
        { id: 'X', calls: 1_000, createdOn: '2026-12-01', activatesOn: '2027-01-01' },
        { id: 'Y', calls: 1_000, createdOn: '2027-01-01', validityMonths: 2 },
      ],
    ],
    [
      'only the calls each pays',
      [
        { id: 'X', calls: 5_000, createdOn: '2026-12-01', activatesOn: '2027-01-01' },
        { id: 'Y', calls: 5_000, createdOn: '2027-01-01', validityMonths: 6 },
      ],
    ],
  ])('tells a change of payers from no change when the rules differ in %s', (_, packages) => {
    // Huawei's order pays from Y first (it expires first); Baidu's from X (bought first).
    const scenario = buildScenario({ streams: [{ monthlyCalls: [3_100] }], packages });
    const comparison = compareRulePresets(scenario);
    expect(comparison.difference).toBe('payers');
    const [huawei] = comparison.outcomes;
    const baidu = comparison.outcomes[3];
    expect(huawei?.packages.map((pkg) => pkg.wasted + pkg.lapsed)).toEqual(
      baidu?.packages.map((pkg) => pkg.wasted + pkg.lapsed),
    );
  });
});
