import {
  addMonthsClamped,
  daysInMonth,
  formatIsoDate,
  type IsoDate,
  parseIsoDate,
} from '../core/calendar';
import type { DeductionKey, Package, PackageSource } from '../core/scenario';
import { type Message, message } from '../messages';

/** A package with what its order depends on worked out: its expiry day and its list position. */
export type OrderedPackage = {
  readonly pkg: Package;
  readonly position: number;
  readonly expiresOn: IsoDate;
};

export type OrderRule = DeductionKey | 'position';

/** Why one package pays before another: the key that decided it, and the values it compared. */
export type OrderExplanation = {
  readonly first: string;
  readonly second: string;
  readonly decidedBy: OrderRule;
  readonly reason: Message;
};

const SOURCE_RANK: Record<PackageSource, number> = { free: 0, promotional: 1, purchased: 2 };

/** A package's last usable day: activation plus its validity in calendar months, clamped to the month's end (billing-rules §4). */
export function expiryDate(pkg: Pick<Package, 'activatesOn' | 'validityMonths'>): IsoDate {
  return formatIsoDate(
    addMonthsClamped(
      parseIsoDate(pkg.activatesOn) as NonNullable<ReturnType<typeof parseIsoDate>>,
      pkg.validityMonths,
    ),
  );
}

export function toOrderedPackages(packages: readonly Package[]): OrderedPackage[] {
  return packages.map((pkg, position) => ({ pkg, position, expiresOn: expiryDate(pkg) }));
}

/**
 * A package as the order sees it on `day` (billing-rules §4a): an allowance's `expiresOn` key is
 * the last day of its period holding `day` (or, before it is usable, its first period), never
 * after its expiry; any other package is as it is.
 */
export function orderViewOn(entry: OrderedPackage, day: IsoDate): OrderedPackage {
  const { resetEvery, activatesOn } = entry.pkg;
  if (!resetEvery) return entry;
  const from = day < activatesOn ? activatesOn : day;
  const date = parseIsoDate(from) as NonNullable<ReturnType<typeof parseIsoDate>>;
  const periodEnd =
    resetEvery === 'day'
      ? from
      : formatIsoDate({ ...date, day: daysInMonth(date.year, date.month) });
  // biome-ignore lint/complexity/useMathMinMax: ISO dates are strings, compared as text
  return { ...entry, expiresOn: periodEnd < entry.expiresOn ? periodEnd : entry.expiresOn };
}

function compareByKey(a: OrderedPackage, b: OrderedPackage, key: DeductionKey): number {
  switch (key) {
    case 'source':
      return SOURCE_RANK[a.pkg.source] - SOURCE_RANK[b.pkg.source];
    case 'priority':
      return a.pkg.priority - b.pkg.priority;
    case 'activatesOn':
      return compareText(a.pkg.activatesOn, b.pkg.activatesOn);
    case 'expiresOn':
      return compareText(a.expiresOn, b.expiresOn);
    case 'createdOn':
      return compareText(a.pkg.createdOn, b.pkg.createdOn);
    case 'calls':
      return a.pkg.calls - b.pkg.calls;
  }
}

/**
 * The deduction order (billing-rules §5): keys compared in turn, the first difference deciding,
 * list position breaking the last tie so the order is total.
 */
export function comparePackages(
  a: OrderedPackage,
  b: OrderedPackage,
  order: readonly DeductionKey[],
): number {
  return decidingRule(a, b, order).comparison;
}

function decidingRule(
  a: OrderedPackage,
  b: OrderedPackage,
  order: readonly DeductionKey[],
): { rule: OrderRule; comparison: number } {
  for (const key of order) {
    const comparison = compareByKey(a, b, key);
    if (comparison !== 0) return { rule: key, comparison };
  }
  return { rule: 'position', comparison: a.position - b.position };
}

/** The packages in the order they pay, under `order`; the input is left as it was. */
export function sortByDeductionOrder(
  packages: readonly OrderedPackage[],
  order: readonly DeductionKey[],
): OrderedPackage[] {
  return [...packages].sort((a, b) => comparePackages(a, b, order));
}

/** Which of two packages pays first and the rule that decided it (billing-rules §5). */
export function explainOrder(
  a: OrderedPackage,
  b: OrderedPackage,
  order: readonly DeductionKey[],
): OrderExplanation {
  const { rule, comparison } = decidingRule(a, b, order);
  const [first, second] = comparison <= 0 ? [a, b] : [b, a];
  return {
    first: first.pkg.id,
    second: second.pkg.id,
    decidedBy: rule,
    reason: describeRule(rule, first, second),
  };
}

/** The deciding key with the two values it compared, `first` being the package that pays first. */
function describeRule(rule: OrderRule, first: OrderedPackage, second: OrderedPackage): Message {
  switch (rule) {
    case 'source':
      return message('order.source', [], { first: first.pkg.source, second: second.pkg.source });
    case 'priority':
      return message('order.priority', [], {
        first: first.pkg.priority,
        second: second.pkg.priority,
      });
    case 'activatesOn':
      return message('order.activatesOn', [], {
        first: first.pkg.activatesOn,
        second: second.pkg.activatesOn,
      });
    case 'expiresOn':
      return message('order.expiresOn', [], { first: first.expiresOn, second: second.expiresOn });
    case 'createdOn':
      return message('order.createdOn', [], {
        first: first.pkg.createdOn,
        second: second.pkg.createdOn,
      });
    case 'calls':
      return message('order.calls', [], { first: first.pkg.calls, second: second.pkg.calls });
    case 'position':
      return message('order.position', [], {
        first: first.position + 1,
        second: second.position + 1,
      });
  }
}

/** True when a package can only serve calls of this API in this region (billing-rules §4). */
export function coversStream(
  pkg: Pick<Package, 'api' | 'region'>,
  api: string,
  region: string,
): boolean {
  return pkg.api === api && pkg.region === region;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
