import {
  addMonths,
  type CalendarMonth,
  expiryDate,
  findPriceEntry,
  formatIsoMonth,
  type GrowthModel,
  type IsoDate,
  type IsoMonth,
  multiplyMoney,
  type PackageSource,
  type PricingMode,
  parseIsoMonth,
  type ResetPeriod,
  roundMoney,
  type Scenario,
} from '../../engine';

/*
 * What the first page of the printed report says, as plain values: what to buy, what the
 * estimate assumes about usage, and the unit prices it used. The page words and formats them.
 */

export type ReportPurchase = {
  readonly label: string;
  readonly api: string;
  readonly region: string;
  readonly calls: number;
  /** Its price, rounded half-up to the cent. */
  readonly price: string;
  readonly source: PackageSource;
  /** Bought before the horizon starts: already owned, not to buy. */
  readonly owned: boolean;
  readonly resetEvery: ResetPeriod | null;
  readonly boughtOn: IsoDate;
  readonly takesEffectOn: IsoDate;
  readonly expiresOn: IsoDate;
};

export type ReportStream = {
  readonly api: string;
  readonly region: string;
  readonly subscribed: boolean;
  readonly totalCalls: number;
  readonly firstMonthCalls: number;
  readonly lastMonthCalls: number;
  readonly model: GrowthModel | null;
};

export type ReportTier = {
  /** The first call of the month the tier prices (1 for the first tier). */
  readonly from: number;
  readonly upTo: number | null;
  /** The price of 1,000 calls in this tier, exact to four decimal places. */
  readonly perThousand: string;
};

export type ReportPrice = {
  readonly api: string;
  /** Null where the price applies in every region of the API. */
  readonly region: string | null;
  readonly mode: PricingMode;
  readonly tiers: readonly ReportTier[];
};

export type ReportCover = {
  readonly firstMonth: IsoMonth;
  readonly lastMonth: IsoMonth;
  readonly months: number;
  readonly purchases: readonly ReportPurchase[];
  readonly streams: readonly ReportStream[];
  /** The pay-per-use prices the streams are billed at, each once. */
  readonly prices: readonly ReportPrice[];
};

const PER_THOUSAND_PLACES = 4;

export function toReportCover(scenario: Scenario): ReportCover {
  const purchases = scenario.packages
    .map(
      (pkg): ReportPurchase => ({
        label: pkg.label.trim(),
        api: pkg.api,
        region: pkg.region,
        calls: pkg.calls,
        price: roundMoney(pkg.price, 2),
        source: pkg.source,
        owned: pkg.createdOn < `${scenario.start}-01`,
        resetEvery: pkg.resetEvery ?? null,
        boughtOn: pkg.createdOn,
        takesEffectOn: pkg.activatesOn,
        expiresOn: expiryDate(pkg),
      }),
    )
    .sort((a, b) => (a.boughtOn < b.boughtOn ? -1 : a.boughtOn > b.boughtOn ? 1 : 0));
  const streams = scenario.streams.map(
    (stream): ReportStream => ({
      api: stream.api,
      region: stream.region,
      subscribed: stream.subscribed,
      totalCalls: stream.monthlyCalls.reduce((sum, calls) => sum + calls, 0),
      firstMonthCalls: stream.monthlyCalls[0] ?? 0,
      lastMonthCalls: stream.monthlyCalls.at(-1) ?? 0,
      model: stream.model ?? null,
    }),
  );
  const used = new Set<(typeof scenario.payPerUse)[number]>();
  for (const stream of scenario.streams) {
    const entry = findPriceEntry(scenario.payPerUse, stream.api, stream.region);
    if (entry) used.add(entry);
  }
  const prices = [...used].map(
    (entry): ReportPrice => ({
      api: entry.api,
      region: entry.region,
      mode: entry.mode,
      tiers: entry.tiers.map((tier, index) => ({
        from: index === 0 ? 1 : (entry.tiers[index - 1]?.upTo ?? 0) + 1,
        upTo: tier.upTo,
        perThousand: roundMoney(multiplyMoney(tier.unitPrice, 1000), PER_THOUSAND_PLACES),
      })),
    }),
  );
  const start = parseIsoMonth(scenario.start) as CalendarMonth;
  return {
    firstMonth: scenario.start,
    lastMonth: formatIsoMonth(addMonths(start, scenario.months - 1)),
    months: scenario.months,
    purchases,
    streams,
    prices,
  };
}

/** The decimal places a price needs to be written exactly: two, or more where it has more. */
export function placesNeeded(amount: string): number {
  const fraction = amount.split('.')[1] ?? '';
  let length = fraction.length;
  while (length > 0 && fraction[length - 1] === '0') length--;
  return Math.max(2, length);
}
