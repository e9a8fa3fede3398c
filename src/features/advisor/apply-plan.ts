import {
  type AdvisedPurchase,
  type AdvisorObjective,
  applyAdvice,
  type Catalog,
  keptPackages,
  type Scenario,
  serializeScenario,
} from '../../engine';
import { apiDisplayName, sizeDisplayName } from '../../i18n/catalog-names';
import { t } from '../../i18n/translate';
import { draftFromScenario, type PackageDraft, type ScenarioDraft } from '../../store/draft';
import type { Uncertainty } from './uncertainty';

/*
 * Applying the advisor's plan to the draft, and telling whether a plan still fits the draft.
 */

/**
 * applyAdvice with the plan's packages labelled in the page's language: "General Text 1M
 * (advised)", "通用文字识别 100万次（建议）" in Chinese.
 */
export function applyLabelledAdvice(
  scenario: Scenario,
  purchases: readonly AdvisedPurchase[],
  catalog: Catalog | undefined,
): Scenario {
  return applyAdvice(scenario, purchases, (purchase) =>
    t('{api} {size} (advised)', {
      api: apiDisplayName(catalog, purchase.api),
      size: sizeDisplayName(purchase.calls),
    }),
  );
}

/**
 * The draft's packages with its planned purchases replaced by the plan (applyAdvice): the
 * packages the advice keeps stay exactly as typed, colour included, the plan's purchases
 * follow them as drafts in colours no kept package uses (a plan's package whose id the draft
 * holds keeps its colour). Only the packages change; the streams keep their generator settings.
 */
export function packagesWithPlan(
  draft: ScenarioDraft,
  scenario: Scenario,
  purchases: readonly AdvisedPurchase[],
  catalog: Catalog | undefined,
): PackageDraft[] {
  const applied = draftFromScenario(
    applyLabelledAdvice(scenario, purchases, catalog),
    draft.catalogId,
    draft.packages,
  );
  const kept = new Set(keptPackages(scenario).map((pkg) => pkg.id));
  const typed = new Map(draft.packages.map((pkg) => [pkg.id, pkg]));
  return applied.packages.map((pkg) => (kept.has(pkg.id) ? (typed.get(pkg.id) ?? pkg) : pkg));
}

/** What a search was asked, as one string: a plan is stale when the key of the draft differs. */
export function adviceKey(
  scenario: Scenario,
  catalogId: string,
  objective: AdvisorObjective,
  cases: Uncertainty | null,
): string {
  return JSON.stringify({
    scenario: serializeScenario(scenario),
    catalogId,
    objective,
    cases: objective === 'worst' ? cases : null,
  });
}
