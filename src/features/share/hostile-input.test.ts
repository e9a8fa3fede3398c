import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../engine/testing/in-english';
import { DEMO_DRAFT } from '../../store/demo';
import { checkDraft } from '../../store/draft';
import { readScenarioText } from './scenario-import';
import { decodeScenarioFragment, encodeScenarioFragment } from './share-link';

/*
 * Fuzzing the two doors a stranger's document comes through: file import and share links.
 * 12,000 random and mutated inputs: none may throw, hang or come back half-judged.
 */

const demo = checkDraft(DEMO_DRAFT);
if (!demo.parsed.ok) throw new Error('the demo must be valid');
const demoDocument = demo.document;
const demoFragment = encodeScenarioFragment(demo.parsed.scenario);

function expectJudged(result: ReturnType<typeof readScenarioText>) {
  if (result.ok) expect(result.scenario).toBeTypeOf('object');
  else {
    expect(result.errors.every((error) => typeof error.code === 'string')).toBe(true);
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of inEnglish(result).errors) expect(error).toMatch(/^\S.*: \S/);
  }
}

/** Replaces or deletes one value at a random path of a JSON document. */
function mutate(
  document: unknown,
  path: readonly number[],
  replacement: unknown,
  remove: boolean,
): unknown {
  if (typeof document !== 'object' || document === null) return replacement;
  const keys = Array.isArray(document) ? document.map((_, index) => index) : Object.keys(document);
  if (keys.length === 0) return replacement;
  const [step = 0, ...rest] = path;
  const key = keys[step % keys.length] as string | number;
  const copy = (
    Array.isArray(document) ? [...document] : { ...(document as Record<string, unknown>) }
  ) as Record<string | number, unknown>;
  if (rest.length === 0 && remove && !Array.isArray(copy)) delete copy[key];
  else copy[key] = rest.length === 0 ? replacement : mutate(copy[key], rest, replacement, remove);
  return copy;
}

describe('hostile input', () => {
  it('judges 4,000 arbitrary JSON documents without throwing', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        expectJudged(readScenarioText(JSON.stringify(value) ?? 'null'));
      }),
      { numRuns: 4000 },
    );
  });

  it('judges 3,000 mutations of a valid scenario without throwing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        fc.jsonValue({ maxDepth: 2 }),
        fc.boolean(),
        (path, replacement, remove) => {
          expectJudged(
            readScenarioText(JSON.stringify(mutate(demoDocument, path, replacement, remove))),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('judges 3,000 random link fragments without throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          fc.base64String().map((text) => `scenario=1.${text}`),
        ),
        (fragment) => {
          expectJudged(decodeScenarioFragment(fragment));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('judges 2,000 damaged copies of a real link without throwing', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    fc.assert(
      fc.property(
        fc.nat({ max: demoFragment.length - 1 }),
        fc.nat({ max: alphabet.length - 1 }),
        fc.constantFrom('replace', 'truncate', 'insert', 'delete'),
        (position, letter, damage) => {
          const character = alphabet[letter] as string;
          const damaged =
            damage === 'replace'
              ? demoFragment.slice(0, position) + character + demoFragment.slice(position + 1)
              : damage === 'truncate'
                ? demoFragment.slice(0, position)
                : damage === 'insert'
                  ? demoFragment.slice(0, position) + character + demoFragment.slice(position)
                  : demoFragment.slice(0, position) + demoFragment.slice(position + 1);
          expectJudged(decodeScenarioFragment(damaged));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
