import type { IsoDate } from '../core/calendar';
import { compareMoney, type Money } from '../core/money';
import type { DeductionKey, Scenario } from '../core/scenario';
import { simulateDetailed } from './simulate';

/*
 * The deduction-order presets of billing-rules §5, each with the source it comes from, and the
 * same scenario billed under each of them side by side.
 */

export type RulePresetId = 'huawei-ocr' | 'huawei-billing-center' | 'tencent-ocr' | 'baidu-ocr';

export type RulePreset = {
  readonly id: RulePresetId;
  readonly order: readonly DeductionKey[];
  /** Where the rule is documented (billing-rules §5's table). */
  readonly source: string;
};

export const RULE_PRESETS: readonly RulePreset[] = [
  {
    id: 'huawei-ocr',
    order: ['source', 'activatesOn', 'expiresOn', 'createdOn'],
    source: 'HUAWEI CLOUD OCR, deduction order for multiple packages (ocr_12_0029)',
  },
  {
    id: 'huawei-billing-center',
    order: ['source', 'expiresOn', 'createdOn'],
    source: 'HUAWEI CLOUD Billing Center FAQ (billing_faq_6100011)',
  },
  {
    id: 'tencent-ocr',
    order: ['source', 'expiresOn', 'createdOn'],
    source: 'Tencent Cloud OCR billing overview',
  },
  {
    id: 'baidu-ocr',
    order: ['source', 'createdOn', 'calls'],
    source: 'Baidu AI Cloud OCR package rules',
  },
];

/** The preset whose order is exactly `order`; null for a custom order. */
export function presetOfOrder(order: readonly DeductionKey[]): RulePresetId | null {
  const found = RULE_PRESETS.find(
    (preset) =>
      preset.order.length === order.length && preset.order.every((key, i) => key === order[i]),
  );
  return found?.id ?? null;
}

export type PresetPackageOutcome = {
  readonly id: string;
  readonly consumed: number;
  readonly wasted: number;
  readonly lapsed: number;
  readonly exhaustedOn: IsoDate | null;
};

export type PresetOutcome = {
  readonly preset: RulePresetId;
  readonly totalCost: Money;
  readonly payPerUseCalls: number;
  readonly failedCalls: number;
  readonly wastedCalls: number;
  readonly lapsedCalls: number;
  readonly packages: readonly PresetPackageOutcome[];
};

/**
 * What the presets change: the bill ('cost'), only who pays which calls ('payers': same cost,
 * packages used up differently), or nothing at all ('nothing').
 */
export type PresetDifference = 'cost' | 'payers' | 'nothing';

export type PresetComparison = {
  readonly outcomes: readonly PresetOutcome[];
  readonly difference: PresetDifference;
  /** The cheapest and the dearest preset (the first listed on a tie). */
  readonly cheapest: RulePresetId;
  readonly dearest: RulePresetId;
};

/** The scenario billed under every preset of §5, its own order aside; the scenario is not changed. */
export function compareRulePresets(scenario: Scenario): PresetComparison {
  const outcomes = RULE_PRESETS.map((preset): PresetOutcome => {
    const simulation = simulateDetailed({ ...scenario, deductionOrder: preset.order });
    const packages = simulation.packages.map((pkg) => ({
      id: pkg.id,
      consumed: pkg.consumed,
      wasted: pkg.wasted,
      lapsed: pkg.lapsed,
      exhaustedOn: pkg.exhaustedOn,
    }));
    return {
      preset: preset.id,
      totalCost: simulation.totals.totalCost,
      payPerUseCalls: simulation.totals.payPerUseCalls,
      failedCalls: simulation.totals.failedCalls,
      wastedCalls: packages.reduce((sum, pkg) => sum + pkg.wasted, 0),
      lapsedCalls: packages.reduce((sum, pkg) => sum + pkg.lapsed, 0),
      packages,
    };
  });
  const [first] = outcomes as [PresetOutcome, ...PresetOutcome[]];
  let cheapest = first;
  let dearest = first;
  for (const outcome of outcomes) {
    if (compareMoney(outcome.totalCost, cheapest.totalCost) < 0) cheapest = outcome;
    if (compareMoney(outcome.totalCost, dearest.totalCost) > 0) dearest = outcome;
  }
  const samePayers = (a: PresetOutcome, b: PresetOutcome) =>
    a.packages.every((pkg, index) => {
      const other = b.packages[index] as PresetPackageOutcome;
      return (
        pkg.consumed === other.consumed &&
        pkg.wasted === other.wasted &&
        pkg.lapsed === other.lapsed &&
        pkg.exhaustedOn === other.exhaustedOn
      );
    });
  const difference: PresetDifference =
    compareMoney(cheapest.totalCost, dearest.totalCost) !== 0 ||
    outcomes.some((outcome) => outcome.failedCalls !== first.failedCalls)
      ? 'cost'
      : outcomes.every((outcome) => samePayers(outcome, first))
        ? 'nothing'
        : 'payers';
  return { outcomes, difference, cheapest: cheapest.preset, dearest: dearest.preset };
}
