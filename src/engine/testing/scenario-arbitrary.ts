import fc from 'fast-check';
import {
  addMonths,
  dayNumberToIso,
  formatIsoMonth,
  parseIsoMonth,
  toDayNumber,
} from '../core/calendar';
import { DEDUCTION_KEYS, PACKAGE_SOURCES } from '../core/scenario';
import type { PackageDocument, ScenarioDocument, StreamDocument } from './scenario-builder';

/*
 * Random small but valid scenario documents for the engine's property tests: few APIs and
 * regions so packages and streams meet often, dates around the horizon so packages start,
 * expire and run out inside it.
 */

export const ARBITRARY_APIS = ['general-text', 'passport'] as const;
export const ARBITRARY_REGIONS = ['ap-southeast-1', 'cn-north-4'] as const;
const PLACES = ARBITRARY_APIS.flatMap((api) =>
  ARBITRARY_REGIONS.map((region) => ({ api, region })),
);

const priceText = fc.oneof(
  fc.constant('0'),
  fc
    .integer({ min: 0, max: 50_000 })
    .map((thousandths) => (thousandths / 1000).toFixed(3).replace(/\.?0+$/, '') || '0'),
);
const unitPriceText = fc
  .integer({ min: 0, max: 20_000 })
  .map((millionths) => (millionths / 1_000_000).toFixed(6).replace(/\.?0+$/, '') || '0');

function tiersArbitrary() {
  return fc.uniqueArray(fc.integer({ min: 1, max: 6000 }), { maxLength: 3 }).chain((bounds) =>
    fc
      .array(unitPriceText, { minLength: bounds.length + 1, maxLength: bounds.length + 1 })
      .map((prices) =>
        [...bounds.sort((a, b) => a - b), null].map((upTo, index) => ({
          upTo,
          unitPrice: prices[index] as string,
        })),
      ),
  );
}

/**
 * With `allowances`, about half the packages renew every day or month (§4a); usedCalls is kept
 * only where the allowance is surely usable on the horizon's first day, as the gate demands.
 */
export function scenarioDocumentArbitrary(
  options: { allowances?: boolean } = {},
): fc.Arbitrary<
  Required<Pick<ScenarioDocument, 'start' | 'months' | 'streams' | 'packages' | 'payPerUse'>> &
    ScenarioDocument
> {
  return fc
    .record({
      start: fc.constantFrom('2027-01', '2027-11', '2028-02'),
      months: fc.integer({ min: 1, max: 4 }),
    })
    .chain(({ start, months }) => {
      const startMonth = parseIsoMonth(start) as NonNullable<ReturnType<typeof parseIsoMonth>>;
      const firstDay = toDayNumber({ ...startMonth, day: 1 });
      const calls = fc.oneof(
        fc.integer({ min: 0, max: 3000 }),
        fc.constantFrom(0, 1, 31, 1_000_000),
      );
      const streams = fc.subarray(PLACES, { minLength: 1 }).chain((places) =>
        fc.tuple(
          ...places.map((place, index) =>
            fc.record({
              id: fc.constant(`s${index}`),
              api: fc.constant(place.api),
              region: fc.constant(place.region),
              subscribed: fc.boolean(),
              monthlyCalls: fc.array(calls, { minLength: months, maxLength: months }),
            }),
          ),
        ),
      );
      const pkg = (index: number) =>
        fc
          .record({
            place: fc.constantFrom(...PLACES),
            source: fc.constantFrom(...PACKAGE_SOURCES),
            calls: fc.oneof(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 20 })),
            usedShare: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })),
            price: priceText,
            createdOffset: fc.integer({ min: -400, max: 150 }),
            activationDelay: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 60 })),
            validityMonths: fc.integer({ min: 1, max: 14 }),
            priority: fc.integer({ min: -2, max: 2 }),
            resetEvery: options.allowances
              ? fc.constantFrom(undefined, 'day' as const, 'month' as const)
              : fc.constant(undefined),
          })
          .map((drawn) => {
            const activationOffset = drawn.createdOffset + drawn.activationDelay;
            const surelyUsableOnFirstDay =
              activationOffset <= 0 && activationOffset > -28 * drawn.validityMonths;
            return drawn.resetEvery && !surelyUsableOnFirstDay ? { ...drawn, usedShare: 0 } : drawn;
          })
          .map(
            (drawn): PackageDocument => ({
              id: `p${index}`,
              api: drawn.place.api,
              region: drawn.place.region,
              source: drawn.source,
              calls: drawn.calls,
              usedCalls: Math.floor(drawn.calls * drawn.usedShare),
              price: drawn.price,
              createdOn: dayNumberToIso(firstDay + drawn.createdOffset),
              activatesOn: dayNumberToIso(firstDay + drawn.createdOffset + drawn.activationDelay),
              validityMonths: drawn.validityMonths,
              priority: drawn.priority,
              ...(drawn.resetEvery ? { resetEvery: drawn.resetEvery } : {}),
            }),
          );
      const packages = fc
        .integer({ min: 0, max: 6 })
        .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => pkg(index))));
      const payPerUse = fc.tuple(
        ...ARBITRARY_APIS.map((api) =>
          fc.record({
            api: fc.constant(api),
            region: fc.constant(null),
            mode: fc.constantFrom('graduated' as const, 'volume' as const),
            tiers: tiersArbitrary(),
          }),
        ),
        fc.option(
          fc.record({
            api: fc.constant('general-text'),
            region: fc.constant('cn-north-4'),
            mode: fc.constantFrom('graduated' as const, 'volume' as const),
            tiers: tiersArbitrary(),
          }),
          { nil: undefined },
        ),
      );
      const deductionOrder = fc.option(fc.shuffledSubarray([...DEDUCTION_KEYS], { minLength: 1 }), {
        nil: undefined,
      });
      return fc.record({
        start: fc.constant(formatIsoMonth(addMonths(startMonth, 0))),
        months: fc.constant(months),
        streams: streams.map((list): StreamDocument[] => list),
        packages: packages.map((list): PackageDocument[] => list),
        payPerUse: payPerUse.map((entries) => entries.filter((entry) => entry !== undefined)),
        deductionOrder,
      });
    })
    .map((document) => {
      const { deductionOrder, ...rest } = document;
      return deductionOrder === undefined ? rest : { ...rest, deductionOrder };
    });
}
