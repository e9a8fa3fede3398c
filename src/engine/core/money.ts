import Decimal from 'decimal.js';

/*
 * The one owner of money arithmetic (billing-rules §1: exact decimals, rounded only when shown).
 *
 * Every price in a scenario has at most 12 digits after the point and every cost is a price
 * times a whole number of calls, so each amount the engine meets is an exact whole number of
 * 10^-12 units. Money is held as that whole number in a bigint: adding and multiplying by call
 * counts is then exact and an order of magnitude faster than decimal.js, which the day loop
 * needs (see BENCHMARKS.md); half-up rounding for display and ratios of whole counts are done
 * in integers too. decimal.js, in a private clone, does what integers cannot: dividing amounts.
 */

declare const moneyBrand: unique symbol;
/** An exact amount of the scenario's currency. Not a call count: the two never mix. */
export type Money = bigint & { readonly [moneyBrand]: true };

const FRACTION_DIGITS = 12;
const SCALE = 10n ** BigInt(FRACTION_DIGITS);
const DecimalMath = Decimal.clone({
  precision: 60,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
});

/** A money string as the scenario format writes it: a plain decimal ≥ 0, at most 12 places. */
const PLAIN_MONEY_PATTERN = /^(0|[1-9][0-9]*)(\.[0-9]{1,12})?$/;

export const ZERO_MONEY = 0n as Money;

/** Reads a price written as the scenario format requires; null when the text is not one. */
export function parseMoney(text: string): Money | null {
  if (!PLAIN_MONEY_PATTERN.test(text)) return null;
  const [whole = '0', fraction = ''] = text.split('.');
  return (BigInt(whole) * SCALE + BigInt(fraction.padEnd(FRACTION_DIGITS, '0'))) as Money;
}

/** The exact decimal string of the result format: no exponent, no trailing zeros, '-' when negative. */
export function moneyToString(amount: Money): string {
  const negative = amount < 0n;
  const magnitude = negative ? -amount : amount;
  const whole = magnitude / SCALE;
  const fraction = withoutTrailingZeros(
    (magnitude % SCALE).toString().padStart(FRACTION_DIGITS, '0'),
  );
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

export function addMoney(a: Money, b: Money): Money {
  return (a + b) as Money;
}

export function subtractMoney(a: Money, b: Money): Money {
  return (a - b) as Money;
}

/** The cost of `calls` calls at `unitPrice` each. */
export function multiplyMoney(unitPrice: Money, calls: number): Money {
  return (unitPrice * BigInt(calls)) as Money;
}

export function sumMoney(amounts: Iterable<Money>): Money {
  let total = 0n;
  for (const amount of amounts) total += amount;
  return total as Money;
}

export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isNegativeMoney(amount: Money): boolean {
  return amount < 0n;
}

export function isZeroMoney(amount: Money): boolean {
  return amount === 0n;
}

/** Rounds half-up (away from zero on a tie) to `places` digits, as a plain decimal string. */
export function roundMoney(amount: Money, places: number): string {
  // In whole units of 10^-12, so integer division rounds exactly (and far faster than
  // decimal.js: the charts round hundreds of amounts per edit).
  const negative = amount < 0n;
  const magnitude = negative ? -amount : amount;
  const drop = FRACTION_DIGITS - places;
  let units: bigint;
  if (drop <= 0) units = magnitude * 10n ** BigInt(-drop);
  else {
    const divisor = 10n ** BigInt(drop);
    units = magnitude / divisor;
    if ((magnitude % divisor) * 2n >= divisor) units += 1n;
  }
  const text = withDecimalPoint(units, places);
  return negative && units !== 0n ? `-${text}` : text;
}

/** `units` × 10^-places written with exactly `places` digits after the point. */
function withDecimalPoint(units: bigint, places: number): string {
  if (places === 0) return units.toString();
  const digits = units.toString().padStart(places + 1, '0');
  return `${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

/** `part / whole` as a plain decimal rounded half-up to `places`; null when `whole` is zero. */
export function moneyRatio(part: Money, whole: Money, places: number): string | null {
  if (whole === 0n) return null;
  return trimDecimal(
    new DecimalMath(part.toString())
      .dividedBy(whole.toString())
      .toDecimalPlaces(places, Decimal.ROUND_HALF_UP)
      .toFixed(places),
  );
}

/** The money per `per` calls (for example the effective price per 1,000 calls); null for no calls. */
export function moneyPerCalls(
  amount: Money,
  calls: number,
  per: number,
  places: number,
): string | null {
  if (calls === 0) return null;
  return trimDecimal(
    new DecimalMath(moneyToString(amount))
      .times(per)
      .dividedBy(calls)
      .toDecimalPlaces(places, Decimal.ROUND_HALF_UP)
      .toFixed(places),
  );
}

/**
 * A ratio of two whole counts rounded half-up to `places` places, written without trailing
 * zeros (billing-rules §7 utilization: 1/81 → "0.012345679").
 */
export function countRatio(numerator: number, denominator: number, places: number): string {
  if (Number.isSafeInteger(numerator) && Number.isSafeInteger(denominator) && denominator !== 0) {
    // Whole counts divide exactly in integers: a large scenario has hundreds of packages.
    const negative = numerator !== 0 && numerator < 0 !== denominator < 0;
    const scaled = BigInt(Math.abs(numerator)) * 10n ** BigInt(places);
    const divisor = BigInt(Math.abs(denominator));
    let units = scaled / divisor;
    if ((scaled % divisor) * 2n >= divisor) units += 1n;
    const text = trimDecimal(withDecimalPoint(units, places));
    return negative && units !== 0n ? `-${text}` : text;
  }
  return trimDecimal(
    new DecimalMath(numerator)
      .dividedBy(denominator)
      .toDecimalPlaces(places, Decimal.ROUND_HALF_UP)
      .toFixed(places),
  );
}

function trimDecimal(text: string): string {
  if (!text.includes('.')) return text;
  const zeroless = withoutTrailingZeros(text);
  const trimmed = zeroless.endsWith('.') ? zeroless.slice(0, -1) : zeroless;
  return trimmed === '-0' ? '0' : trimmed;
}

/**
 * The text without its trailing zeros, by a backward walk: the pattern /0+$/ retries from every
 * zero and is quadratic in a long run of them.
 */
function withoutTrailingZeros(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '0') end--;
  return text.slice(0, end);
}
