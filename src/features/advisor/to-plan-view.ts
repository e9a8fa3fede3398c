import {
  type AdvisedPurchase,
  compareMoney,
  type IsoDate,
  isNegativeMoney,
  type Money,
  multiplyMoney,
  roundMoney,
  sizeLabel,
  subtractMoney,
  ZERO_MONEY,
} from '../../engine';

/* The advisor's plan as the page shows it: rows of purchases and savings in words. */

export type PlanRow = {
  readonly key: string;
  readonly stream: string;
  /** "1M". */
  readonly size: string;
  readonly calls: number;
  readonly count: number;
  readonly createdOn: IsoDate;
  /** One package's price and the row's (count × price), rounded half up to cents. */
  readonly unitPrice: string;
  readonly price: string;
};

const PLACES = 2;

/** One row per purchase of the plan, in the plan's order (by date). */
export function toPlanRows(
  purchases: readonly AdvisedPurchase[],
  streamName: (api: string, region: string) => string,
): PlanRow[] {
  return purchases.map((purchase) => ({
    key: `${purchase.createdOn} ${purchase.api} ${purchase.region} ${purchase.calls}`,
    stream: streamName(purchase.api, purchase.region),
    size: sizeLabel(purchase.calls),
    calls: purchase.calls,
    count: purchase.count,
    createdOn: purchase.createdOn,
    unitPrice: roundMoney(purchase.price, PLACES),
    price: roundMoney(multiplyMoney(purchase.price, purchase.count), PLACES),
  }));
}

export type Difference =
  | { readonly kind: 'saves' | 'costs-more'; readonly amount: string }
  | { readonly kind: 'even' };

/** A saving (positive) or an extra cost (negative) as a size and a direction, rounded to cents. */
export function toDifference(savings: Money): Difference {
  const sign = compareMoney(savings, ZERO_MONEY);
  if (sign === 0 || roundMoney(savings, PLACES).replace('-', '') === '0.00')
    return { kind: 'even' };
  const magnitude = isNegativeMoney(savings) ? subtractMoney(ZERO_MONEY, savings) : savings;
  return { kind: sign > 0 ? 'saves' : 'costs-more', amount: roundMoney(magnitude, PLACES) };
}
