import fc from 'fast-check';
import {
  addMonths,
  dayNumberToIso,
  formatIsoMonth,
  parseIsoMonth,
  toDayNumber,
} from '../core/calendar';
import type { Catalog } from '../core/catalog';
import { DEDUCTION_KEYS, PACKAGE_SOURCES } from '../core/scenario';
import type { PackageDocument, ScenarioDocument, StreamDocument } from './scenario-builder';

/*
 * Random small scenarios and catalogs for the advisor's property tests. Unlike
 * scenario-arbitrary.ts, everything here competes: the packages the customer keeps are mostly on
 * a stream's API and region, often start on a month's first day (where they tie with purchases
 * on every date key), have short validities and quotas of the order of a month's calls, so the
 * deduction order, expiry and the one extra usable day after the last whole month all matter.
 */

/**
 * The keys the advisor's pooled model plans under: it takes the packages bought on one day as
 * one pool, which holds while the size (`calls`) never decides before the dates.
 */
const POOLED_ORDER_KEYS = DEDUCTION_KEYS.filter((key) => key !== 'calls');

export const ADVISOR_PLACES = [
  { api: 'general-text', region: 'ap-southeast-1' },
  { api: 'passport', region: 'ap-southeast-1' },
  { api: 'general-text', region: 'cn-north-4' },
] as const;

export type AdvisorCase = {
  readonly document: Required<
    Pick<ScenarioDocument, 'start' | 'months' | 'streams' | 'packages' | 'payPerUse'>
  > &
    ScenarioDocument;
  readonly catalog: Catalog;
};

export type AdvisorCaseLimits = {
  readonly maxStreams: number;
  readonly maxMonths: number;
  /** Largest monthly call count of a stream. */
  readonly maxCalls: number;
  /** Package sizes are drawn from [minSize, maxSize]. */
  readonly minSize: number;
  readonly maxSize: number;
  readonly maxSizes: number;
  readonly maxKept: number;
  /** Kept packages may be allowances that renew every day or month (billing-rules §4a). */
  readonly allowances: boolean;
};

const SMALL: AdvisorCaseLimits = {
  maxStreams: 2,
  maxMonths: 4,
  maxCalls: 400,
  minSize: 150,
  maxSize: 900,
  maxSizes: 3,
  maxKept: 2,
  allowances: false,
};

const decimal = (whole: number, places: number) =>
  (whole / 10 ** places).toFixed(places).replace(/\.?0+$/, '') || '0';

function tiers(maxBound: number) {
  return fc.uniqueArray(fc.integer({ min: 1, max: maxBound }), { maxLength: 2 }).chain((bounds) =>
    fc
      .array(fc.integer({ min: 0, max: 30 }), {
        minLength: bounds.length + 1,
        maxLength: bounds.length + 1,
      })
      .map((prices) =>
        [...bounds.sort((a, b) => a - b), null].map((upTo, index) => ({
          upTo,
          unitPrice: decimal(prices[index] as number, 3),
        })),
      ),
  );
}

/** A random small scenario with a catalog of 1–`maxSizes` package sizes per API (random prices and validity). */
export function advisorCaseArbitrary(
  limits: Partial<AdvisorCaseLimits> = {},
): fc.Arbitrary<AdvisorCase> {
  const bounds = { ...SMALL, ...limits };
  return fc
    .record({
      start: fc.constantFrom('2027-01', '2027-11', '2028-02'),
      months: fc.integer({ min: 1, max: bounds.maxMonths }),
      places: fc.shuffledSubarray([...ADVISOR_PLACES], {
        minLength: 1,
        maxLength: bounds.maxStreams,
      }),
      validityMonths: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.constant(12)),
    })
    .chain(({ start, months, places, validityMonths }) => {
      const startMonth = parseIsoMonth(start) as NonNullable<ReturnType<typeof parseIsoMonth>>;
      const firstDay = toDayNumber({ ...startMonth, day: 1 });
      const monthDay = (offset: number) =>
        toDayNumber({ ...addMonths(startMonth, offset), day: 1 });
      const calls = fc.oneof(
        fc.integer({ min: 0, max: bounds.maxCalls }),
        fc.constantFrom(0, 1, 31, bounds.maxCalls),
      );
      const streams = fc.tuple(
        ...places.map((place, index) =>
          fc.record({
            id: fc.constant(`s${index}`),
            api: fc.constant(place.api),
            region: fc.constant(place.region),
            subscribed: fc.oneof(fc.constant(true), fc.constant(true), fc.constant(false)),
            monthlyCalls: fc.array(calls, { minLength: months, maxLength: months }),
          }),
        ),
      );
      const kept = (index: number) =>
        fc
          .record({
            place: fc.oneof(fc.constantFrom(...places), fc.constantFrom(...ADVISOR_PLACES)),
            source: fc.constantFrom(...PACKAGE_SOURCES),
            calls: fc.integer({ min: 1, max: bounds.maxSize }),
            usedShare: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10 })),
            price: fc.integer({ min: 0, max: 2000 }),
            created: fc.oneof(
              // On a month's first day: ties with a purchase that month on every date key.
              fc.integer({ min: -3, max: months }).map(monthDay),
              fc.integer({ min: -100, max: 31 * months }).map((offset) => firstDay + offset),
            ),
            activationDelay: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 })),
            validityMonths: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.constant(validityMonths)),
            priority: fc.integer({ min: -1, max: 1 }),
            resetEvery: bounds.allowances
              ? fc.constantFrom(undefined, 'day' as const, 'month' as const)
              : fc.constant(undefined),
            // A day's quota of the order of a day's calls, so it sometimes lapses, sometimes runs dry.
            dailyCalls: fc.integer({ min: 1, max: Math.max(1, Math.ceil(bounds.maxCalls / 20)) }),
          })
          .map((drawn) => {
            if (!drawn.resetEvery) return drawn;
            const activation = drawn.created + drawn.activationDelay;
            // usedCalls only where the allowance is usable on the horizon's first day (§4a).
            const usableOnFirstDay =
              activation <= firstDay && activation > firstDay - 28 * drawn.validityMonths;
            return {
              ...drawn,
              calls: drawn.resetEvery === 'day' ? drawn.dailyCalls : drawn.calls,
              usedShare: usableOnFirstDay ? drawn.usedShare : 0,
            };
          })
          .map(
            (drawn): PackageDocument => ({
              id: `k${index}`,
              api: drawn.place.api,
              region: drawn.place.region,
              source: drawn.source,
              calls: drawn.calls,
              usedCalls: Math.floor((drawn.calls * drawn.usedShare) / 10),
              price: decimal(drawn.price, 1),
              createdOn: dayNumberToIso(drawn.created),
              activatesOn: dayNumberToIso(drawn.created + drawn.activationDelay),
              validityMonths: drawn.validityMonths,
              priority: drawn.priority,
              ...(drawn.resetEvery ? { resetEvery: drawn.resetEvery } : {}),
            }),
          );
      const packages = fc
        .integer({ min: 0, max: bounds.maxKept })
        .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => kept(index))));
      const apis = [...new Set(ADVISOR_PLACES.map((place) => place.api))];
      const payPerUse = fc.tuple(
        ...apis.map((api) =>
          fc.record({
            api: fc.constant(api),
            region: fc.constant(null),
            mode: fc.constantFrom('graduated' as const, 'volume' as const),
            tiers: tiers(bounds.maxCalls),
          }),
        ),
      );
      const sizes = fc.uniqueArray(fc.integer({ min: bounds.minSize, max: bounds.maxSize }), {
        minLength: 1,
        maxLength: bounds.maxSizes,
      });
      const catalogPackages = fc.tuple(
        ...apis.map((api) =>
          sizes.chain((list) =>
            fc.tuple(
              ...list.map((size) =>
                // A price per call around the pay-per-use prices, so packages sometimes pay.
                fc
                  .integer({ min: 0, max: 25 })
                  .map((perMille) => ({ api, calls: size, price: decimal(size * perMille, 3) })),
              ),
            ),
          ),
        ),
      );
      const deductionOrder = fc.option(
        fc.oneof(
          fc.shuffledSubarray<string>([...POOLED_ORDER_KEYS], { minLength: 1 }),
          fc.constant<string[]>(['source']),
          fc.constant<string[]>(['priority']),
        ),
        { nil: undefined },
      );
      return fc.record({
        document: fc.record({
          start: fc.constant(formatIsoMonth(startMonth)),
          months: fc.constant(months),
          streams: streams.map((list): StreamDocument[] => list),
          packages: packages.map((list): PackageDocument[] => list),
          payPerUse,
          deductionOrder,
        }),
        catalog: catalogPackages.map((lists) => testCatalog(lists.flat(), validityMonths)),
      });
    })
    .map(({ document, catalog }) => {
      const { deductionOrder, ...rest } = document;
      return {
        document: deductionOrder === undefined ? rest : { ...rest, deductionOrder },
        catalog,
      };
    });
}

/** A catalog for tests: the given packages, the given validity, every API of ADVISOR_PLACES. */
export function testCatalog(
  packages: readonly { api: string; calls: number; price: string }[],
  validityMonths = 12,
): Catalog {
  const apis = [...new Set(ADVISOR_PLACES.map((place) => place.api))];
  return {
    id: 'test',
    name: 'Test',
    currency: 'USD',
    asOf: '2027-01-01',
    illustrative: true,
    note: 'test catalog',
    sources: [],
    validityMonths,
    packageSizes: [...new Set(packages.map((pkg) => pkg.calls))].sort((a, b) => a - b),
    apis: apis.map((id) => ({ id, name: id === 'general-text' ? 'General Text' : 'Passport' })),
    regions: [...new Set(ADVISOR_PLACES.map((place) => place.region))].map((id) => ({
      id,
      name: id,
      apis,
    })),
    packages: [...packages],
    payPerUse: [],
  };
}
