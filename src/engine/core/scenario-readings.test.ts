import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../testing/property-runs';
import { scenarioDocumentArbitrary } from '../testing/scenario-arbitrary';
import { buildScenario } from '../testing/scenario-builder';
import { deepFreeze } from './frozen';
import { parseScenario, serializeScenario } from './scenario';

/*
 * The gate keeps what it read from a frozen stream or package (the page builds each edit's
 * document from frozen parts). Whatever it kept, a document must be judged exactly as the same
 * document built afresh, unfrozen, is judged.
 */

type JsonObject = Record<string, unknown>;

/** A valid version 2 document whose streams and packages are frozen. */
function frozenDocument(): JsonObject {
  const document = serializeScenario(
    buildScenario({
      start: '2027-01',
      months: 2,
      streams: [{ monthlyCalls: [100, 200] }],
      packages: [
        { id: 'a', calls: 1000, createdOn: '2026-12-15', resetEvery: 'month', usedCalls: 10 },
      ],
    }),
  );
  return {
    ...document,
    streams: (document.streams as unknown[]).map(deepFreeze),
    packages: (document.packages as unknown[]).map(deepFreeze),
  };
}

const judgedAfresh = (document: JsonObject) => parseScenario(structuredClone(document));

describe('the gate reading frozen parts again', () => {
  it('keeps the reading of a frozen stream or package and gives it again', () => {
    const document = frozenDocument();
    const first = parseScenario(document);
    const second = parseScenario({ ...document, name: 'Again' });
    if (!first.ok || !second.ok) throw new Error('the document must be valid');
    expect(second.scenario.streams[0]).toBe(first.scenario.streams[0]);
    expect(second.scenario.packages[0]).toBe(first.scenario.packages[0]);
    expect(second.scenario.name).toBe('Again');
  });

  it('reads a part again when it is not frozen all the way down, and sees its change', () => {
    const document = frozenDocument();
    const stream = { ...(document.streams as JsonObject[])[0], monthlyCalls: [100, 200] };
    const shallow = { ...document, streams: [Object.freeze(stream)] };
    const first = parseScenario(shallow);
    (stream.monthlyCalls as number[])[0] = 150;
    const second = parseScenario(shallow);
    if (!first.ok || !second.ok) throw new Error('the document must be valid');
    expect(first.scenario.streams[0]?.monthlyCalls).toEqual([100, 200]);
    expect(second.scenario.streams[0]?.monthlyCalls).toEqual([150, 200]);
    const unfrozen = { ...document, packages: [{ ...(document.packages as JsonObject[])[0] }] };
    const again = [parseScenario(unfrozen), parseScenario(unfrozen)];
    if (!again[0]?.ok || !again[1]?.ok) throw new Error('the document must be valid');
    expect(again[1].scenario.packages[0]).not.toBe(again[0].scenario.packages[0]);
  });

  it("judges a kept part again in a new context: the horizon's length, its start, the version", () => {
    const document = frozenDocument();
    expect(parseScenario(document).ok).toBe(true);
    const longer = parseScenario({ ...document, months: 3 });
    expect(longer.ok ? [] : longer.errors.map((error) => error.code)).toEqual([
      'scenario.monthCount',
    ]);
    // The allowance's 10 calls used before the horizon need it usable on the first day.
    const later = parseScenario({ ...document, start: '2029-01', months: 2 });
    expect(later.ok ? [] : later.errors.map((error) => error.code)).toEqual([
      'scenario.usedCallsNotUsable',
    ]);
    const older = parseScenario({ ...document, version: 1, deductionOrder: undefined });
    expect(older.ok ? [] : older.errors.map((error) => error.code)).toEqual([
      'scenario.versionTwoField',
    ]);
    for (const variant of [
      { ...document, months: 3 },
      { ...document, start: '2029-01' },
      { ...document, version: 1, deductionOrder: undefined },
    ])
      expect(parseScenario(variant)).toEqual(judgedAfresh(variant));
  });

  it('judges any document built from frozen parts as the same document built afresh', () => {
    const contexts = fc.record({
      start: fc.constantFrom('2027-01', '2027-11', '2028-02', '2026-13'),
      months: fc.constantFrom(1, 2, 4, 0),
      version: fc.constantFrom(1, 2),
      order: fc.array(fc.nat(), { maxLength: 6 }),
      packageOrder: fc.array(fc.nat(), { maxLength: 6 }),
    });
    fc.assert(
      fc.property(
        scenarioDocumentArbitrary({ allowances: true }),
        fc.array(contexts, { minLength: 1, maxLength: 5 }),
        (built, variants) => {
          const document = serializeScenario(buildScenario(built));
          const streams = (document.streams as unknown[]).map(deepFreeze);
          const packages = (document.packages as unknown[]).map(deepFreeze);
          parseScenario({ ...document, streams, packages });
          for (const { start, months, version, order, packageOrder } of variants) {
            const pick = <T>(list: readonly T[], picks: readonly number[]) =>
              list.length === 0 ? [] : picks.map((index) => list[index % list.length] as T);
            const variant: JsonObject = {
              ...document,
              start,
              months,
              version,
              ...(version === 1 ? { deductionOrder: undefined } : {}),
              streams: pick(streams, order),
              packages: pick(packages, packageOrder),
            };
            expect(parseScenario(variant)).toEqual(judgedAfresh(variant));
          }
        },
      ),
      propertyRuns(300),
    );
  });
});
