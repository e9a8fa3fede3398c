import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { simulate } from '../src/engine';
import { readScenarioText } from '../src/features/share/scenario-import';
import { decodeScenarioFragment } from '../src/features/share/share-link';
import { DEMO_DRAFT } from '../src/store/demo';
import { checkDraft } from '../src/store/draft';
import { savedWorkProbe } from './saved-work-probe';

/*
 * The fuzz figure of issue 14: random hostile documents (the demo with fields replaced by huge
 * numbers, far dates, direction-override names, wrong types, long lists, deep nesting) go through
 * the one gate as files and as share links; whatever the gate lets through is simulated. A throw
 * anywhere is a crash; a document that takes more than HANG_MS is a hang.
 */

const DOCUMENTS = 2000;
const HANG_MS = 2000;
const SEED = 14;
/** Marks a value to be replaced by that many nested arrays in the document's text. */
const DEEP = 'deep-nesting:';
/** Marks where a generated value goes into the document's text. */
const MARKER = 'fuzz-value:';

type Row = {
  readonly name: string;
  readonly figure: string;
  readonly target: string;
  readonly met: boolean;
};

const demo = checkDraft(DEMO_DRAFT).document as Record<string, unknown>;

const hostileValue = fc.oneof(
  fc.constantFrom(
    '9999-12-31',
    '0001-01-01',
    '9999-06',
    '2027-02-30',
    '\u202Eevil\u202C name',
    '9'.repeat(200_000),
    `0.${'1'.repeat(50_000)}`,
    '-1',
    'NaN',
    '1e400',
    '',
    null,
    true,
    -0,
    Number.MAX_SAFE_INTEGER,
  ),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.json({ maxDepth: 4 }).map((text): unknown => JSON.parse(text)),
  // Deep nesting is spliced into the text at the end, as a value it would overflow this
  // generator's own JSON calls before the gate ever saw it.
  fc.integer({ min: 1, max: 100_000 }).map((depth) => `${DEEP}${depth}`),
  fc.integer({ min: 0, max: 1500 }).map((length) => Array.from({ length }, () => ({}))),
);

/** A path into the demo document: a top-level field, or a field of one of its list items. */
function mutate(
  document: Record<string, unknown>,
  pick: number,
  field: number,
  value: unknown,
): string {
  const copy = structuredClone(document);
  const keys = Object.keys(copy);
  const key = keys[pick % keys.length] as string;
  const target = copy[key];
  if (Array.isArray(target) && target.length > 0) {
    const item = target[field % target.length];
    if (item !== null && typeof item === 'object') {
      const itemKeys = Object.keys(item);
      (item as Record<string, unknown>)[itemKeys[field % itemKeys.length] as string] = value;
      return JSON.stringify(copy);
    }
  }
  copy[key] = value;
  return JSON.stringify(copy);
}

function linkFor(text: string): string {
  const bytes = deflateSync(strToU8(text), { level: 9 });
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `scenario=2.${btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', '')}`;
}

export async function fuzzRows(): Promise<Row[]> {
  const savedWork = await savedWorkProbe();
  const cases = fc.sample(
    fc.tuple(fc.nat(), fc.nat(), fc.array(hostileValue, { minLength: 1, maxLength: 3 })),
    { numRuns: DOCUMENTS, seed: SEED },
  );
  let crashes = 0;
  let hangs = 0;
  let lost = 0;
  let accepted = 0;
  let slowestMs = 0;
  const started = performance.now();
  for (const [pick, field, values] of cases) {
    let text = JSON.stringify(demo);
    // Each value goes in as text, in place of a marker, so no generated object is ever shared
    // with (or set as the prototype of) the document's own.
    for (const [offset, value] of values.entries())
      text = mutate(JSON.parse(text), pick + offset, field + offset, `${MARKER}${offset}`).replace(
        `"${MARKER}${offset}"`,
        () => JSON.stringify(value) ?? 'null',
      );
    text = text.replace(/"deep-nesting:(\d+)"/g, (_, depth: string) => {
      const levels = Number(depth);
      return `${'['.repeat(levels)}${']'.repeat(levels)}`;
    });
    const readers = [() => readScenarioText(text), () => decodeScenarioFragment(linkFor(text))];
    for (const [index, read] of readers.entries()) {
      const one = performance.now();
      let result: ReturnType<typeof read> | null = null;
      try {
        result = read();
        if (result.ok) {
          accepted++;
          simulate(result.scenario);
        }
      } catch {
        crashes++;
      }
      const took = performance.now() - one;
      slowestMs = Math.max(slowestMs, took);
      if (took > HANG_MS) hangs++;
      // Outside the timing: the document goes into the page's store as the page would take it.
      if (result !== null && !savedWork.survives(result, index === 0 ? 'file' : 'link')) lost++;
    }
  }
  const totalS = (performance.now() - started) / 1000;
  return [
    {
      name: `safety: fuzz, ${DOCUMENTS} random hostile documents through the gate as files and as share links (seed ${SEED}); accepted ones simulated`,
      figure: `${crashes} crashes, ${hangs} hangs (> ${HANG_MS / 1000} s), saved work lost ${lost} times; ${accepted} of ${DOCUMENTS * 2} accepted and simulated; slowest ${slowestMs.toFixed(0)} ms, all ${totalS.toFixed(1)} s`,
      target: '0 crashes, 0 hangs, 0 saved work lost',
      met: crashes === 0 && hangs === 0 && lost === 0,
    },
  ];
}
