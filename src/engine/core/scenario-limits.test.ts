import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../billing/simulate';
import { CALENDAR_RANGE, parseScenario, parseScenarioText, SCENARIO_LIMITS } from './scenario';

/*
 * The one set of limits (issue 14): dates inside the calendar, expiries included; digits of a
 * price; the caps on size, lists and nesting. Each case here once blanked the page, froze it,
 * or passed the command line.
 */

type Document = {
  [key: string]: unknown;
  start: string;
  name: unknown;
  streams: [{ history?: unknown }, ...unknown[]];
  packages: [{ createdOn: string; validityMonths?: number; price: string }];
};
const example = (): Document =>
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, '..', 'fixtures', 'examples', '01-single-package.json'),
      'utf8',
    ),
  );
const codes = (document: unknown) => {
  const result = parseScenario(document);
  return result.ok ? [] : result.errors.map((error) => [error.code, error.path.join('.')]);
};

describe('the calendar range', () => {
  it('refuses a far-future purchase day, by field, instead of throwing later', () => {
    const far = example();
    far.packages[0].createdOn = '9999-12-31';
    expect(codes(far)).toEqual([['scenario.dateRange', 'packages.0.createdOn']]);
    far.packages[0].createdOn = '1999-12-31';
    expect(codes(far)).toEqual([['scenario.dateRange', 'packages.0.createdOn']]);
  });

  it('refuses an expiry past the calendar’s last day on the validity', () => {
    const late = example();
    late.packages[0].createdOn = '2199-06-01';
    late.packages[0].validityMonths = 12;
    expect(codes(late)).toEqual([['scenario.expiryRange', 'packages.0.validityMonths']]);
    late.packages[0].validityMonths = 6;
    expect(codes(late)).toEqual([]);
  });

  it('refuses a horizon starting or ending outside the calendar', () => {
    const start = example();
    start.start = '9999-06';
    expect(codes(start)).toEqual([['scenario.monthRange', 'start']]);
    const end = example();
    end.start = '2199-06';
    expect(codes(end)).toEqual([['scenario.horizonEnd', 'months']]);
  });

  it('accepts both ends of the range and simulates them', () => {
    const edges = example();
    edges.start = '2199-01';
    edges.packages[0].createdOn = CALENDAR_RANGE.first;
    edges.packages[0].validityMonths = 120;
    const result = parseScenario(edges);
    expect(result.ok).toBe(true);
    if (result.ok) expect(simulate(result.scenario).months.length).toBe(12);
  });

  it('refuses history months outside the calendar', () => {
    const history = example();
    history.version = 2;
    history.streams[0].history = [{ month: '1999-12', calls: 5 }];
    expect(codes(history)).toEqual([['scenario.monthRange', 'streams.0.history.0.month']]);
  });
});

describe('digit limits', () => {
  it('refuses a price with more than 12 digits before the point at once', () => {
    const huge = example();
    huge.packages[0].price = '9'.repeat(900_000);
    expect(codes(huge)).toEqual([['scenario.priceDigits', 'packages.0.price']]);
    huge.packages[0].price = '999999999999.5';
    expect(codes(huge)).toEqual([]);
  });
});

describe('the caps, for every caller of the gate', () => {
  it('refuses more streams than a scenario may have, before reading any', () => {
    const many = example();
    many.streams = [many.streams[0], ...Array.from({ length: 4999 }, () => many.streams[0])];
    expect(codes(many)).toEqual([['limit.listLength', 'streams']]);
  });

  it('refuses a document larger than the size cap', () => {
    const result = parseScenarioText(' '.repeat(SCENARIO_LIMITS.bytes + 1));
    expect(result.ok ? [] : result.errors.map((error) => error.code)).toEqual([
      'limit.documentSize',
    ]);
  });

  it('answers deep nesting with a message, not a stack overflow', () => {
    const depth = 200_000;
    const result = parseScenarioText(`${'['.repeat(depth)}${']'.repeat(depth)}`);
    expect(result.ok ? [] : result.errors.map((error) => error.code)).toEqual(['limit.nesting']);
    const nested = example();
    nested.name = JSON.parse(`${'['.repeat(100)}${']'.repeat(100)}`);
    expect(codes(nested)).toEqual([['limit.nesting', 'scenario']]);
  });

  it('reads a document that starts with a byte-order mark', () => {
    expect(parseScenarioText(`\uFEFF${JSON.stringify(example())}`).ok).toBe(true);
  });
});
