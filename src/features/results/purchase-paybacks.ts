import { type PurchasePayback, purchasePayback, type Scenario } from '../../engine';

/*
 * The summary, the package ledger and the payback chart ask for the same purchases' payback
 * days after each edit; each simulates its stream twice, so it is worked out once per scenario.
 * A purchase's payback reads only its own API and region (its streams, the packages that can pay
 * for them, their price) besides the horizon and the deduction order, so an edit elsewhere
 * keeps it: it is remembered by those inputs too, and a large plan's edit reruns none of the
 * ledger's other purchases.
 */

const known = new WeakMap<Scenario, Map<number, PurchasePayback>>();

/** Purchases remembered by their inputs, the least recently asked forgotten first. */
const byInputs = new Map<string, PurchasePayback>();
/** Enough for every purchase of a large plan and its page of the ledger, a few edits back. */
export const REMEMBERED_PAYBACKS = 2000;

/** The text of everything purchase `index`'s payback depends on (purchasePayback reads no more). */
function inputsKey(scenario: Scenario, index: number): string | null {
  const pkg = scenario.packages[index];
  if (!pkg) return null;
  const { api, region } = pkg;
  const payers = scenario.packages.filter((other) => other.api === api && other.region === region);
  return JSON.stringify(
    [
      scenario.start,
      scenario.months,
      scenario.currency,
      scenario.deductionOrder,
      // The entries its price is found among (billing-rules §6): its region's, or its API's default.
      scenario.payPerUse.filter(
        (entry) => entry.api === api && (entry.region === region || entry.region === null),
      ),
      scenario.streams.filter((stream) => stream.api === api && stream.region === region),
      payers,
      payers.indexOf(pkg),
    ],
    moneyAsText,
  );
}

/** Amounts of money hold big integers, which JSON has no form for. */
function moneyAsText(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? `${value}n` : value;
}

/** purchasePayback, remembered for this (immutable) scenario and for the inputs it reads. */
export function purchasePaybackOf(scenario: Scenario, index: number): PurchasePayback {
  let byIndex = known.get(scenario);
  if (!byIndex) {
    byIndex = new Map();
    known.set(scenario, byIndex);
  }
  const remembered = byIndex.get(index);
  if (remembered) return remembered;
  const key = inputsKey(scenario, index);
  const earlier = key === null ? undefined : byInputs.get(key);
  const payback = earlier ?? purchasePayback(scenario, index);
  if (key !== null) {
    byInputs.delete(key);
    byInputs.set(key, payback);
    if (byInputs.size > REMEMBERED_PAYBACKS) {
      const oldest = byInputs.keys().next().value;
      if (oldest !== undefined) byInputs.delete(oldest);
    }
  }
  byIndex.set(index, payback);
  return payback;
}
