import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  formatCount,
  formatCurrency,
  formatDate,
  formatDateTime,
  formatMonth,
  formatMonthName,
  formatRatioAsPercent,
  formatShortMonth,
} from './format';
import { type Locale, useLocaleStore } from './locale';

/*
 * The page writes counts, USD/CNY amounts, percentages and dates itself (Intl's first use costs
 * a phone a long pause); what it writes must be exactly what Intl writes.
 */

const INTL: Record<Locale, string> = { en: 'en-US', 'zh-CN': 'zh-CN' };
const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

function inLocale<T>(locale: Locale, run: () => T): T {
  useLocaleStore.setState({ locale });
  return run();
}

afterEach(() => useLocaleStore.setState({ locale: 'en' }));

const decimalText = fc
  .tuple(
    fc.boolean(),
    fc.bigInt({ min: 0n, max: 10n ** 15n }),
    fc.option(fc.stringMatching(/^\d{1,12}$/), { nil: undefined }),
  )
  .map(
    ([negative, integer, fraction]) =>
      `${negative ? '-' : ''}${integer}${fraction === undefined ? '' : `.${fraction}`}`,
  );

const isoDate = fc
  .date({
    min: new Date('1970-01-01T00:00:00Z'),
    max: new Date('2999-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe.each(LOCALES)('formatting in %s writes what Intl writes', (locale) => {
  const intlLocale = INTL[locale];

  it('counts', () => {
    const intl = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 0 });
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.constantFrom(0, -0, 999, 1000)),
        (count) => {
          expect(inLocale(locale, () => formatCount(count))).toBe(intl.format(count));
        },
      ),
    );
  });

  it.each(['USD', 'CNY', 'EUR'])('amounts in %s', (currency) => {
    fc.assert(
      fc.property(decimalText, fc.integer({ min: 0, max: 6 }), (amount, digits) => {
        const intl = new Intl.NumberFormat(intlLocale, {
          style: 'currency',
          currency,
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        });
        expect(inLocale(locale, () => formatCurrency(amount, currency, digits))).toBe(
          intl.format(amount as unknown as number),
        );
      }),
    );
  });

  it('rounds half away from zero, as Intl does', () => {
    expect(inLocale(locale, () => formatCurrency('2.345', 'USD'))).toBe(
      new Intl.NumberFormat(intlLocale, { style: 'currency', currency: 'USD' }).format(
        '2.345' as unknown as number,
      ),
    );
    expect(inLocale(locale, () => formatCurrency('-999.995', 'CNY'))).toContain('1,000.00');
  });

  it('percentages', () => {
    fc.assert(
      fc.property(decimalText, fc.integer({ min: 0, max: 3 }), (ratio, digits) => {
        const intl = new Intl.NumberFormat(intlLocale, {
          style: 'percent',
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        });
        expect(inLocale(locale, () => formatRatioAsPercent(ratio, digits))).toBe(
          intl.format(ratio as unknown as number),
        );
      }),
    );
  });

  it('dates, months and month names', () => {
    const date = new Intl.DateTimeFormat(intlLocale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
    const month = new Intl.DateTimeFormat(intlLocale, {
      year: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    const shortMonth = new Intl.DateTimeFormat(intlLocale, {
      year: '2-digit',
      month: 'short',
      timeZone: 'UTC',
    });
    const monthName = new Intl.DateTimeFormat(intlLocale, { month: 'short', timeZone: 'UTC' });
    fc.assert(
      fc.property(isoDate, (iso) => {
        inLocale(locale, () => {
          expect(formatDate(iso)).toBe(date.format(utc(iso)));
          expect(formatMonth(iso.slice(0, 7))).toBe(month.format(utc(iso)));
          expect(formatShortMonth(iso)).toBe(shortMonth.format(utc(iso)));
          expect(formatShortMonth(iso.slice(0, 7))).toBe(shortMonth.format(utc(iso)));
        });
      }),
    );
    for (let index = 0; index < 12; index++)
      expect(inLocale(locale, () => formatMonthName(index))).toBe(
        monthName.format(new Date(Date.UTC(2000, index, 1))),
      );
  });
});

describe('formatting examples', () => {
  it('writes the page figures as a reader expects them', () => {
    expect(formatCurrency('1234.5', 'USD')).toBe('$1,234.50');
    expect(inLocale('zh-CN', () => formatCurrency('1234.5', 'USD'))).toBe('US$1,234.50');
    expect(formatCount(218344)).toBe('218,344');
    expect(formatRatioAsPercent('0.8691')).toBe('86.9%');
    expect(inLocale('en', () => formatDate('2027-05-06'))).toBe('May 6, 2027');
    expect(inLocale('zh-CN', () => formatDate('2027-05-06'))).toBe('2027年5月6日');
    // A moment in the browser's own time zone, to the minute.
    const moment = new Date(2027, 4, 6, 9, 5).getTime();
    expect(inLocale('en', () => formatDateTime(moment))).toBe('May 6, 2027, 09:05');
    expect(inLocale('zh-CN', () => formatDateTime(moment))).toBe('2027年5月6日 09:05');
  });
});

describe('formatting is linear in its input (issue 14)', () => {
  it('groups every length of digits as Intl does', () => {
    for (let length = 1; length <= 20; length++) {
      const digits = '123456789'.repeat(3).slice(0, length);
      expect(formatCurrency(digits, 'USD', 0)).toBe(
        `$${new Intl.NumberFormat('en-US').format(BigInt(digits))}`,
      );
    }
    expect(formatCurrency('999.995', 'USD')).toBe('$1,000.00');
    expect(formatCurrency('0.004', 'USD')).toBe('$0.00');
    expect(formatCurrency('-0999.5', 'USD', 0)).toBe('-$1,000');
  });

  it('writes a 900,000-digit amount (a look-ahead pattern took minutes on it)', () => {
    const written = formatCurrency(`${'9'.repeat(900_000)}.5`, 'USD', 0);
    expect(written.length).toBe(1 + 1 + 900_000 + 300_000);
    expect(written.startsWith('$1,000,000,')).toBe(true);
  });
});
