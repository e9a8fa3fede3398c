import {
  type CalendarDate,
  dayNumberToIso,
  type IsoDate,
  parseIsoDate,
  toDayNumber,
} from '../core/calendar';
import { compareMoney, isZeroMoney, type Money } from '../core/money';
import type { Scenario } from '../core/scenario';
import { coversStream } from './deduction';
import { type Simulation, simulateDetailed } from './simulate';

/*
 * When one purchase pays for itself. billing-rules §7's payback day answers for the plan as a
 * whole, so with several purchases it reports the last one's: a first package that paid for
 * itself months earlier is hidden behind a second bought later. This is the same rule for one
 * purchase: the plan with it against the same plan without it.
 */

/** Why a package has no payback day of its own, or the day. */
export type PurchasePayback =
  | { readonly kind: 'on'; readonly date: IsoDate }
  /** It costs more than the calls it takes off pay-per-use save, through the horizon. */
  | { readonly kind: 'never' }
  /** Not a purchase of the horizon: bought before or after it, or free. */
  | { readonly kind: 'not-bought-here' };

/**
 * The payback day of package `index` (billing-rules §7, for one purchase): the earliest day, not
 * before the day it is bought, from which the plan with it has cost no more to date than the
 * same plan without it, every day through the horizon's last. A package only pays for calls of
 * its own API and region (§4) and the tier counter runs per API and region (§6), so the two
 * plans differ only in that stream: just that stream is simulated, twice.
 */
export function purchasePayback(scenario: Scenario, index: number): PurchasePayback {
  const pkg = scenario.packages[index];
  if (!pkg || isZeroMoney(pkg.price)) return { kind: 'not-bought-here' };
  const streams = scenario.streams.filter((stream) => coversStream(pkg, stream.api, stream.region));
  // The stream's packages in list order, this one where it stands: position is §5's last key.
  const payers = scenario.packages.filter((other) => coversStream(other, pkg.api, pkg.region));
  const withIt = simulateDetailed({ ...scenario, streams, packages: payers });
  const boughtDay = toDayNumber(parseIsoDate(pkg.createdOn) as CalendarDate) - withIt.firstDay;
  if (boughtDay < 0 || boughtDay >= withIt.days) return { kind: 'not-bought-here' };
  const without = simulateDetailed({
    ...scenario,
    streams,
    packages: payers.filter((other) => other !== pkg),
  });
  const day = paybackAgainst(withIt, without, boughtDay);
  return day === null
    ? { kind: 'never' }
    : { kind: 'on', date: dayNumberToIso(withIt.firstDay + day) };
}

/** The first day from `from` on where `plan` costs no more to date than `baseline`, for good. */
function paybackAgainst(plan: Simulation, baseline: Simulation, from: number): number | null {
  const costs = (simulation: Simulation, day: number) =>
    simulation.cumulativePlanCost[day] as Money;
  const last = plan.days - 1;
  if (compareMoney(costs(plan, last), costs(baseline, last)) > 0) return null;
  let day = last;
  while (day > from && compareMoney(costs(plan, day - 1), costs(baseline, day - 1)) <= 0) day--;
  return day;
}
