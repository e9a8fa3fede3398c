import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../engine';
import { DEMO_DRAFT } from '../../store/demo';
import { checkDraft } from '../../store/draft';
import { readScenarioText } from './scenario-import';
import { decodeScenarioFragment } from './share-link';

/*
 * The cases of the adversarial review (issue 14), kept as a corpus: each document or link is
 * judged, and whatever the gate lets through must simulate. Before the one set of limits, the
 * far-future dates threw inside the engine (a white page), the 900,000-digit price froze the
 * tab, and the command line took 5,000 streams.
 */

const demo = checkDraft(DEMO_DRAFT);
if (!demo.parsed.ok) throw new Error('the demo must be valid');
const demoDocument = demo.document as {
  start: string;
  packages: Record<string, unknown>[];
  streams: Record<string, unknown>[];
  name: string;
};

function variant(change: (document: typeof demoDocument) => void): string {
  const copy = structuredClone(demoDocument);
  change(copy);
  return JSON.stringify(copy);
}

function linkFor(text: string): string {
  const bytes = deflateSync(strToU8(text), { level: 9 });
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `scenario=2.${btoa(binary)
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/={1,2}$/, '')}`;
}

/** Judged, and if accepted, simulated without a throw. */
function survives(result: ReturnType<typeof readScenarioText>): readonly string[] {
  if (!result.ok) return result.errors.map((error) => error.code);
  simulate(result.scenario);
  return [];
}

const CORPUS: readonly (readonly [string, string, readonly string[]])[] = [
  [
    'a far-future purchase day',
    variant((d) => {
      (d.packages[0] as Record<string, unknown>).createdOn = '9999-12-31';
      delete (d.packages[0] as Record<string, unknown>).activatesOn;
    }),
    ['scenario.dateRange'],
  ],
  [
    'a far-future activation',
    variant((d) => {
      (d.packages[0] as Record<string, unknown>).activatesOn = '9999-12-31';
    }),
    ['scenario.dateRange'],
  ],
  [
    'a horizon starting 9999-06',
    variant((d) => {
      d.start = '9999-06';
    }),
    ['scenario.monthRange'],
  ],
  [
    'a 900,000-digit price',
    variant((d) => {
      (d.packages[0] as Record<string, unknown>).price = '9'.repeat(900_000);
    }),
    ['scenario.priceDigits'],
  ],
  [
    'a 100,000-digit price',
    variant((d) => {
      (d.packages[0] as Record<string, unknown>).price = '9'.repeat(100_000);
    }),
    ['scenario.priceDigits'],
  ],
  [
    '5,000 streams',
    variant((d) => {
      d.streams = Array.from({ length: 5000 }, () => d.streams[0] as Record<string, unknown>);
    }),
    ['limit.documentSize'],
  ],
  [
    '5,000 small streams',
    variant((d) => {
      d.streams = Array.from({ length: 5000 }, (_, index) => ({ id: `s${index}` }));
    }),
    ['limit.listLength'],
  ],
  ['nesting 100,000 deep', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, ['limit.nesting']],
  ['a byte-order mark', `\uFEFF${JSON.stringify(demoDocument)}`, []],
  [
    'bidirectional overrides in the name',
    variant((d) => {
      d.name = '\u202Eevil\u202C \u2067name\u2069';
    }),
    [],
  ],
];

describe('the review’s corpus', () => {
  it.each(CORPUS)('%s, as a file', (_, text, codes) => {
    expect(survives(readScenarioText(text))).toEqual(codes);
  });

  it.each(CORPUS)('%s, as a link', (_, text, codes) => {
    // A link holds at most what a file does: the size limit applies to what it inflates to.
    const expected = codes.includes('limit.documentSize') ? ['link.tooLarge'] : codes;
    expect(survives(decodeScenarioFragment(linkFor(text)))).toEqual(expected);
  });

  it('never lets a date through that the engine cannot run (300 random days, years 1 to 9999)', () => {
    const day = fc
      .record({
        year: fc.integer({ min: 1, max: 9999 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
      })
      .map(
        ({ year, month, day }) =>
          `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      );
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 120 }), (date, validity) => {
        const text = variant((d) => {
          const pkg = d.packages[0] as Record<string, unknown>;
          pkg.createdOn = date;
          pkg.activatesOn = date;
          pkg.validityMonths = validity;
          d.start = date.slice(0, 7);
        });
        survives(readScenarioText(text));
      }),
      { numRuns: 300 },
    );
  });
});
