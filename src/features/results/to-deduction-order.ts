import {
  type Catalog,
  type DeductionKey,
  explainOrder,
  type Message,
  type OrderRule,
  orderViewOn,
  type Scenario,
  sortByDeductionOrder,
  toOrderedPackages,
} from '../../engine';
import { apiDisplayName, regionDisplayName } from '../../i18n/catalog-names';
import { t } from '../../i18n/translate';
import { resultPackageNames } from './package-names';

/*
 * Which package pays first, for each (API, region) some stream calls (billing-rules §5): the
 * packages in deduction order, each with the rule that put it after the one before it.
 */

export type DeductionStep = {
  readonly id: string;
  readonly label: string;
  /** 1-based position in the scenario's package list. */
  readonly position: number;
  /** Why it comes after the previous package; null for the one that pays first. */
  readonly reason: Message | null;
  readonly decidedBy: OrderRule | null;
};

export type DeductionGroup = {
  readonly api: string;
  readonly region: string;
  readonly apiName: string;
  readonly regionName: string;
  readonly streamIds: readonly string[];
  readonly steps: readonly DeductionStep[];
};

export type UnusedPackage = {
  readonly id: string;
  readonly label: string;
  readonly position: number;
  readonly reason: string;
};

export type DeductionOrderView = {
  readonly order: readonly DeductionKey[];
  readonly groups: readonly DeductionGroup[];
  readonly unused: readonly UnusedPackage[];
};

const groupKey = (api: string, region: string) => `${api}\u0000${region}`;

/**
 * Groups in stream order; packages no stream can use listed apart, in list order. Names and
 * reasons are written in the page's language. The order is the one on the horizon's first day:
 * an allowance's expiry key is the end of its period then (billing-rules §4a).
 */
export function toDeductionOrder(
  scenario: Scenario,
  catalog: Catalog | undefined,
): DeductionOrderView {
  const ordered = toOrderedPackages(scenario.packages);
  const names = resultPackageNames(scenario.packages, catalog);
  const streamsByGroup = new Map<string, string[]>();
  for (const stream of scenario.streams) {
    const key = groupKey(stream.api, stream.region);
    const streamIds = streamsByGroup.get(key);
    if (streamIds) streamIds.push(stream.id);
    else streamsByGroup.set(key, [stream.id]);
  }
  const packagesByGroup = new Map<string, typeof ordered>();
  const unused: UnusedPackage[] = [];
  for (const entry of ordered) {
    const { pkg, position } = entry;
    const key = groupKey(pkg.api, pkg.region);
    if (streamsByGroup.has(key)) {
      const members = packagesByGroup.get(key);
      if (members) members.push(entry);
      else packagesByGroup.set(key, [entry]);
    } else {
      unused.push({
        id: pkg.id,
        label: names[position] ?? pkg.id,
        position: position + 1,
        reason: t('never used: no stream calls {api} in {region}', {
          api: apiDisplayName(catalog, pkg.api),
          region: regionDisplayName(catalog, pkg.region),
        }),
      });
    }
  }
  const groups = [...streamsByGroup].map(([key, streamIds]): DeductionGroup => {
    const [api = '', region = ''] = key.split('\u0000');
    // The order on the horizon's first day: an allowance ranks by the end of its current period.
    const firstDay = `${scenario.start}-01`;
    const sorted = sortByDeductionOrder(
      (packagesByGroup.get(key) ?? []).map((entry) => orderViewOn(entry, firstDay)),
      scenario.deductionOrder,
    );
    return {
      api,
      region,
      apiName: apiDisplayName(catalog, api),
      regionName: regionDisplayName(catalog, region),
      streamIds,
      steps: sorted.map((entry, index): DeductionStep => {
        const previous = sorted[index - 1];
        const explanation = previous
          ? explainOrder(previous, entry, scenario.deductionOrder)
          : null;
        return {
          id: entry.pkg.id,
          label: names[entry.position] ?? entry.pkg.id,
          position: entry.position + 1,
          reason: explanation ? explanation.reason : null,
          decidedBy: explanation ? explanation.decidedBy : null,
        };
      }),
    };
  });
  return { order: scenario.deductionOrder, groups, unused };
}
