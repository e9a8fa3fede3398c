import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../testing/property-runs';
import {
  addMoney,
  compareMoney,
  countRatio,
  isNegativeMoney,
  isZeroMoney,
  type Money,
  moneyPerCalls,
  moneyRatio,
  moneyToString,
  multiplyMoney,
  parseMoney,
  roundMoney,
  subtractMoney,
  sumMoney,
  ZERO_MONEY,
} from './money';

function money(text: string): Money {
  const parsed = parseMoney(text);
  if (parsed === null) throw new Error(`not money: ${text}`);
  return parsed;
}

/** A negative amount: the scenario format has none, but savings can be negative. */
function negative(text: string): Money {
  return subtractMoney(ZERO_MONEY, money(text));
}

/** A plain decimal as the scenario format writes it: no leading zeros, 0 to 12 places. */
const plainDecimal = fc
  .tuple(
    fc.oneof(fc.constant(0n), fc.bigInt({ min: 1n, max: 10n ** 30n })),
    fc.array(fc.constantFrom(...'0123456789'), { maxLength: 12 }),
  )
  .map(([whole, digits]) => (digits.length > 0 ? `${whole}.${digits.join('')}` : `${whole}`));

/** The same decimal written without trailing zeros after the point (nor a bare point). */
function canonical(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

describe('parseMoney', () => {
  it.each([
    '0',
    '900',
    '0.0015',
    '1200.5',
    '0.000000000001',
    '123456789012345678901234567890.123456789012',
  ])('reads %s', (text) => {
    expect(parseMoney(text)).not.toBeNull();
  });

  it.each([
    '',
    '-1',
    '1e3',
    '1E3',
    '0.0000000000001',
    '01',
    '.5',
    '5.',
    ' 5',
    '5 ',
    '+5',
    '1,5',
    'NaN',
    'Infinity',
    '0x10',
  ])('refuses %j', (text) => {
    expect(parseMoney(text)).toBeNull();
  });
});

describe('moneyToString', () => {
  it('round-trips any plain decimal, dropping only trailing zeros', () => {
    fc.assert(
      fc.property(plainDecimal, (text) => {
        const amount = money(text);
        const written = moneyToString(amount);
        expect(written).toBe(canonical(text));
        expect(parseMoney(written)).toBe(amount);
      }),
      propertyRuns(2000),
    );
  });

  it.each([
    ['900.000', '900'],
    ['0.10', '0.1'],
    ['1200.500000000000', '1200.5'],
    ['0.0', '0'],
    ['0', '0'],
  ])('writes %s as %s, without trailing zeros', (text, expected) => {
    expect(moneyToString(money(text))).toBe(expected);
  });

  it('writes tiny and huge amounts without an exponent', () => {
    expect(moneyToString(money('0.000000000001'))).toBe('0.000000000001');
    expect(moneyToString(money('0.0000001'))).toBe('0.0000001');
    expect(moneyToString(money('100000000000000000000000'))).toBe('100000000000000000000000');
    expect(
      moneyToString(multiplyMoney(money('999999999999.999999999999'), 1_000_000_000_000)),
    ).toBe('999999999999999999999999');
    expect(moneyToString(multiplyMoney(money('123456789012.345678901234'), 1_000_000))).toBe(
      '123456789012345678.901234',
    );
  });

  it('writes a negative amount with a leading -', () => {
    expect(moneyToString(negative('12.5'))).toBe('-12.5');
    expect(moneyToString(negative('0.000000000001'))).toBe('-0.000000000001');
    expect(moneyToString(subtractMoney(money('1'), money('1001.25')))).toBe('-1000.25');
  });

  it('never writes -0', () => {
    expect(moneyToString(negative('0'))).toBe('0');
    expect(moneyToString(subtractMoney(money('5.5'), money('5.5')))).toBe('0');
  });

  it('writes the difference of any two amounts as an exact plain decimal, - only when negative', () => {
    fc.assert(
      fc.property(plainDecimal, plainDecimal, (a, b) => {
        const difference = subtractMoney(money(a), money(b));
        const written = moneyToString(difference);
        expect(written).toMatch(/^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$/);
        expect(written).not.toBe('-0');
        expect(written.startsWith('-')).toBe(isNegativeMoney(difference));
        expect(addMoney(difference, money(b))).toBe(money(a));
      }),
    );
  });
});

describe('arithmetic', () => {
  it('multiplies 0.1 by 3 to exactly 0.3, with no binary floating point error', () => {
    expect(moneyToString(multiplyMoney(money('0.1'), 3))).toBe('0.3');
  });

  it('multiplies a 12-place unit price by 10^12 calls exactly', () => {
    expect(moneyToString(multiplyMoney(money('0.000000000001'), 1_000_000_000_000))).toBe('1');
    expect(moneyToString(multiplyMoney(money('0.0015'), 1_000_000_000_000))).toBe('1500000000');
  });

  it('multiplies by 0 calls to zero', () => {
    expect(isZeroMoney(multiplyMoney(money('0.0015'), 0))).toBe(true);
  });

  it('adds 0.1 + 0.2 to exactly 0.3', () => {
    expect(moneyToString(addMoney(money('0.1'), money('0.2')))).toBe('0.3');
  });

  it('sums a list exactly, and an empty list to zero', () => {
    expect(moneyToString(sumMoney(Array.from({ length: 10 }, () => money('0.1'))))).toBe('1');
    expect(sumMoney([])).toBe(ZERO_MONEY);
  });

  it('compares amounts', () => {
    expect(compareMoney(money('0.1'), money('0.2'))).toBe(-1);
    expect(compareMoney(money('0.20'), money('0.2'))).toBe(0);
    expect(compareMoney(money('2'), negative('3'))).toBe(1);
  });

  it('tells negative and zero amounts', () => {
    expect(isNegativeMoney(negative('0.000000000001'))).toBe(true);
    expect(isNegativeMoney(ZERO_MONEY)).toBe(false);
    expect(isZeroMoney(money('0.000'))).toBe(true);
    expect(isZeroMoney(money('0.000000000001'))).toBe(false);
  });
});

describe('roundMoney rounds half-up, a tie going away from zero (commercial rounding, billing-rules §1)', () => {
  it.each([
    ['1.005', 2, '1.01'],
    ['1.004999999999', 2, '1.00'],
    ['2.5', 0, '3'],
    ['3.5', 0, '4'],
    ['2.4', 0, '2'],
    ['0.125', 2, '0.13'],
    ['1200', 2, '1200.00'],
    ['0.1', 2, '0.10'],
    ['0.000000000001', 2, '0.00'],
  ])('rounds %s to %i places as %s', (text, places, expected) => {
    expect(roundMoney(money(text), places)).toBe(expected);
  });

  it.each([
    ['2.5', 0, '-3'],
    ['1.005', 2, '-1.01'],
    ['1.004', 2, '-1.00'],
    ['12.5', 2, '-12.50'],
  ])('rounds a negative tie away from zero: -%s to %i places as %s', (text, places, expected) => {
    expect(roundMoney(negative(text), places)).toBe(expected);
  });

  it('never shows a negative amount that rounds to zero as -0', () => {
    expect(roundMoney(negative('0.004'), 2)).toBe('0.00');
    expect(roundMoney(negative('0.4'), 0)).toBe('0');
  });
});

/** A written amount ("-12.345") as a whole number of 10^-places units. */
function unitsOf(text: string): { units: bigint; places: number } {
  const [whole = '0', fraction = ''] = text.replace(/^-/, '').split('.');
  const units = BigInt(whole + fraction);
  return { units: text.startsWith('-') ? -units : units, places: fraction.length };
}

describe('roundMoney, for any amount and places', () => {
  it('is the nearest amount with that many places, a tie going away from zero, never -0', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }),
        fc.integer({ min: 0, max: 14 }),
        (amount, places) => {
          const text = roundMoney(amount as Money, places);
          expect(text).toMatch(places === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+\\.\\d{${places}}$`));
          const { units } = unitsOf(text);
          if (units === 0n) expect(text.startsWith('-')).toBe(false);
          // Compare in units of 10^-(12 + places), where both are whole numbers.
          const exact = amount * 10n ** BigInt(places);
          const rounded = units * 10n ** 12n;
          const gap = exact - rounded;
          const half = 10n ** 12n / 2n;
          const magnitude = gap < 0n ? -gap : gap;
          expect(magnitude <= half).toBe(true);
          if (magnitude === half)
            expect(rounded < 0n ? rounded < exact : rounded > exact).toBe(true);
        },
      ),
      propertyRuns(500),
    );
  });
});

describe('countRatio, for any whole counts', () => {
  it('is the nearest decimal with at most that many places, a tie going away from zero', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
        fc.integer({ min: 1, max: 2 ** 40 }),
        fc.integer({ min: 0, max: 12 }),
        (numerator, denominator, places) => {
          const text = countRatio(numerator, denominator, places);
          expect(text).not.toMatch(/\.\d*0$|\.$|^-0$/);
          const written = unitsOf(text);
          expect(written.places).toBeLessThanOrEqual(places);
          // numerator / denominator against units × 10^-places, scaled to whole numbers.
          const units = written.units * 10n ** BigInt(places - written.places);
          const exact = BigInt(numerator) * 10n ** BigInt(places);
          const gap = exact - units * BigInt(denominator);
          const magnitude = gap < 0n ? -gap : gap;
          expect(magnitude * 2n <= BigInt(denominator)).toBe(true);
          if (magnitude * 2n === BigInt(denominator))
            expect(numerator < 0 ? gap > 0n : gap < 0n).toBe(true);
        },
      ),
      propertyRuns(500),
    );
  });
});

describe('countRatio', () => {
  it.each([
    [1, 81, 10, '0.012345679'],
    [3, 4, 10, '0.75'],
    [2, 3, 10, '0.6666666667'],
    [1, 1, 10, '1'],
    [0, 7, 10, '0'],
    [1, 3, 2, '0.33'],
    [1, 8, 2, '0.13'],
    [999_999_999_999, 1_000_000_000_000, 10, '1'],
    [1, 1_000_000_000_000, 10, '0'],
    // The sign from either count; counts that are not safe whole numbers take the decimal path.
    [1, -3, 2, '-0.33'],
    [-1, -3, 2, '0.33'],
    [-1, 300, 2, '0'],
    [1.5, 3, 2, '0.5'],
    [2 ** 60, 2 ** 61, 3, '0.5'],
  ])('gives %d / %d to %i places as %s', (numerator, denominator, places, expected) => {
    expect(countRatio(numerator, denominator, places)).toBe(expected);
  });
});

describe('moneyRatio', () => {
  it.each([
    ['600', '1845', 4, '0.3252'],
    ['1', '4', 10, '0.25'],
    ['2', '3', 10, '0.6666666667'],
    ['5', '5', 10, '1'],
    ['0', '5', 10, '0'],
    ['0.000000000001', '0.000000000003', 4, '0.3333'],
  ])('gives %s / %s to %i places as %s', (part, whole, places, expected) => {
    expect(moneyRatio(money(part), money(whole), places)).toBe(expected);
  });

  it('keeps the sign of a negative ratio, and never writes -0', () => {
    expect(moneyRatio(negative('1'), money('4'), 10)).toBe('-0.25');
    expect(moneyRatio(negative('1'), money('1000'), 2)).toBe('0');
    expect(moneyRatio(negative('1'), money('3'), 0)).toBe('0');
  });

  it('is null on a zero whole', () => {
    expect(moneyRatio(money('1'), ZERO_MONEY, 10)).toBeNull();
    expect(moneyRatio(ZERO_MONEY, ZERO_MONEY, 10)).toBeNull();
  });
});

describe('moneyPerCalls', () => {
  it.each([
    ['1.5', 1000, 1000, 4, '1.5'],
    ['900', 1_000_000, 1000, 4, '0.9'],
    ['1', 3, 1, 4, '0.3333'],
    ['2', 3, 1000, 2, '666.67'],
    ['0', 10, 1000, 4, '0'],
  ])(
    'gives %s over %i calls per %i calls to %i places as %s',
    (amount, calls, per, places, expected) => {
      expect(moneyPerCalls(money(amount), calls, per, places)).toBe(expected);
    },
  );

  it('is null for no calls', () => {
    expect(moneyPerCalls(money('900'), 0, 1000, 4)).toBeNull();
    expect(moneyPerCalls(ZERO_MONEY, 0, 1000, 4)).toBeNull();
  });
});
