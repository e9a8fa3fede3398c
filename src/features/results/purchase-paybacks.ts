import { type PurchasePayback, purchasePayback, type Scenario } from '../../engine';

// The summary, the package ledger and the payback chart ask for the same purchases' payback
// days after each edit; each simulates its stream twice, so it is worked out once per scenario.
const known = new WeakMap<Scenario, Map<number, PurchasePayback>>();

/** purchasePayback, remembered for this (immutable) scenario. */
export function purchasePaybackOf(scenario: Scenario, index: number): PurchasePayback {
  let byIndex = known.get(scenario);
  if (!byIndex) {
    byIndex = new Map();
    known.set(scenario, byIndex);
  }
  const remembered = byIndex.get(index);
  if (remembered) return remembered;
  const payback = purchasePayback(scenario, index);
  byIndex.set(index, payback);
  return payback;
}
