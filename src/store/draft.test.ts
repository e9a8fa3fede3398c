import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Message, parseScenario, renderMessage, renderRule, simulate } from '../engine';
import { propertyRuns } from '../engine/testing/property-runs';
import { scenarioDocumentArbitrary } from '../engine/testing/scenario-arbitrary';
import { buildScenario } from '../engine/testing/scenario-builder';
import { DEMO_DRAFT } from './demo';
import { checkDraft, draftFromScenario, freshId, type ScenarioDraft } from './draft';

/** Field messages in the command line's English, as these tests read them. */
const rulesOf = (errors: Readonly<Record<string, Message>>) =>
  Object.fromEntries(Object.entries(errors).map(([path, error]) => [path, renderRule(error)]));

const withPackage = (patch: Partial<ScenarioDraft['packages'][number]>): ScenarioDraft => ({
  ...DEMO_DRAFT,
  packages: DEMO_DRAFT.packages.map((pkg, index) => (index === 1 ? { ...pkg, ...patch } : pkg)),
});

describe('checking a draft through the engine gate', () => {
  it('accepts the demo and finds its wasted and failed calls', () => {
    const check = checkDraft(DEMO_DRAFT);
    expect(check.fieldErrors).toEqual({});
    if (!check.parsed.ok) throw new Error(check.parsed.errors.map(renderMessage).join('\n'));
    const result = simulate(check.parsed.scenario);
    expect(result.packages.some((pkg) => pkg.wasted > 0)).toBe(true);
    expect(result.totals.failedCalls).toBeGreaterThan(0);
    expect(
      result.packages.some((pkg) => pkg.exhaustedOn !== null && pkg.exhaustedOn < '2027-07-01'),
    ).toBe(true);
    expect(result.paybackOn).not.toBeNull();
  });

  it('puts a rule broken by a package field at that field', () => {
    const check = checkDraft(withPackage({ activatesOn: '2026-12-01' }));
    expect(check.parsed.ok).toBe(false);
    expect(rulesOf(check.fieldErrors)).toEqual({
      'packages[1].activatesOn': 'must not be before createdOn 2027-01-01',
    });
  });

  it('keeps text that is not a number and says why at its field', () => {
    const check = checkDraft(withPackage({ calls: '1M' }));
    expect(rulesOf(check.fieldErrors)['packages[1].calls']).toBe(
      'must be a whole number from 1 to 1000000000000',
    );
  });

  it('fills optional fields left empty with the format defaults', () => {
    const check = checkDraft(
      withPackage({ activatesOn: '', validityMonths: '', usedCalls: '', priority: '' }),
    );
    if (!check.parsed.ok) throw new Error(check.parsed.errors.map(renderMessage).join('\n'));
    expect(check.parsed.scenario.packages[1]).toMatchObject({
      activatesOn: '2027-01-01',
      validityMonths: 12,
      usedCalls: 0,
      priority: 0,
    });
  });

  it('reports generator problems at the generator field and refuses to simulate', () => {
    const draft: ScenarioDraft = {
      ...DEMO_DRAFT,
      streams: DEMO_DRAFT.streams.map((stream, index) =>
        index === 0 ? { ...stream, generator: { ...stream.generator, firstMonth: '' } } : stream,
      ),
    };
    const check = checkDraft(draft);
    expect(check.parsed.ok).toBe(false);
    expect(Object.keys(check.fieldErrors)).toEqual(['streams[0].generator.firstMonth']);
  });

  it('shapes typed months to the horizon, so shortening it keeps the first months', () => {
    const typed: ScenarioDraft = {
      ...DEMO_DRAFT,
      months: '2',
      streams: [
        {
          ...(DEMO_DRAFT.streams[0] as ScenarioDraft['streams'][number]),
          callsSource: 'typed',
          typedCalls: ['10', '20', '30'],
        },
      ],
    };
    const check = checkDraft(typed);
    if (!check.parsed.ok) throw new Error(check.parsed.errors.map(renderMessage).join('\n'));
    expect(check.parsed.scenario.streams[0]?.monthlyCalls).toEqual([10, 20]);
  });

  it('goes from a valid scenario to a draft and back unchanged', () => {
    const check = checkDraft(DEMO_DRAFT);
    if (!check.parsed.ok) throw new Error('demo must be valid');
    const again = checkDraft(draftFromScenario(check.parsed.scenario, 'international'));
    expect(again.parsed).toEqual(check.parsed);
    const fromDocument = parseScenario(again.document);
    expect(fromDocument).toEqual(check.parsed);
  });
});

describe('a stream imported from usage history', () => {
  const withHistory: ScenarioDraft = {
    ...DEMO_DRAFT,
    streams: DEMO_DRAFT.streams.map((stream, index) =>
      index === 0
        ? {
            ...stream,
            history: [
              { month: '2026-11', calls: 98000 },
              { month: '2026-12', calls: 101000 },
            ],
            historySource: { file: 'bill-2026.csv', importedOn: '2026-12-20' },
          }
        : stream,
    ),
  };

  it('writes the history and its file into the document (version 2 `history`, `source`)', () => {
    const stream = (checkDraft(withHistory).document.streams as Record<string, unknown>[])[0];
    expect(stream?.history).toEqual(withHistory.streams[0]?.history);
    expect(stream?.source).toEqual({ file: 'bill-2026.csv', importedOn: '2026-12-20' });
    expect((checkDraft(DEMO_DRAFT).document.streams as object[])[0]).not.toHaveProperty('history');
  });

  it('reopens the history from a file or a link, the range left to the percentages', () => {
    const check = checkDraft({
      ...withHistory,
      streams: withHistory.streams.map((stream) => ({
        ...stream,
        range: [{ month: '2027-01', low: 1, high: 2 }],
      })),
    });
    if (!check.parsed.ok) throw new Error(check.parsed.errors.map(renderMessage).join('\n'));
    const reopened = draftFromScenario(check.parsed.scenario, 'international');
    expect(reopened.streams[0]?.history).toEqual(withHistory.streams[0]?.history);
    expect(reopened.streams[0]?.historySource).toEqual(withHistory.streams[0]?.historySource);
    expect(reopened.streams[0]?.range).toEqual([]);
    expect(reopened.streams[1]?.history).toEqual([]);
  });
});

describe('ids', () => {
  it('picks the next free id', () => {
    expect(freshId('package', [{ id: 'package-2' }, { id: 'x' }])).toBe('package-3');
    expect(freshId('package', [{ id: 'package-1' }])).toBe('package-2');
  });
});

describe('checking a draft edit by edit', () => {
  type Edit = (draft: ScenarioDraft) => ScenarioDraft;
  const atIndex = <T>(list: readonly T[], index: number, change: (item: T) => T): T[] =>
    list.map((item, position) => (position === index % list.length ? change(item) : item));
  const text = fc.oneof(
    fc.integer({ min: 0, max: 5000 }).map(String),
    fc.constantFrom('', 'x', '1,500', '-3', '2.5'),
  );
  const edit: fc.Arbitrary<Edit> = fc.oneof(
    fc.tuple(fc.nat(), fc.nat(), text).map(
      ([stream, month, calls]): Edit =>
        (draft) => ({
          ...draft,
          streams: atIndex(draft.streams, stream, (item) => ({
            ...item,
            callsSource: 'typed',
            typedCalls: atIndex(
              item.typedCalls.length > 0 ? item.typedCalls : ['0'],
              month,
              () => calls,
            ),
          })),
        }),
    ),
    fc.tuple(fc.nat(), text, fc.boolean()).map(
      ([stream, firstMonth, seasonal]): Edit =>
        (draft) => ({
          ...draft,
          streams: atIndex(draft.streams, stream, (item) => ({
            ...item,
            callsSource: 'generated',
            generator: { ...item.generator, firstMonth, seasonal },
          })),
        }),
    ),
    fc.tuple(fc.nat(), fc.constantFrom('calls', 'price', 'usedCalls', 'priority'), text).map(
      ([index, field, value]): Edit =>
        (draft) => ({
          ...draft,
          packages:
            draft.packages.length === 0
              ? []
              : atIndex(draft.packages, index, (item) => ({ ...item, [field]: value })),
        }),
    ),
    fc.constantFrom('2027-01', '2027-11', '2028-02', '2027-13', '').map(
      (start): Edit =>
        (draft) => ({ ...draft, start }),
    ),
    fc.constantFrom('1', '2', '4', '0', 'x').map(
      (months): Edit =>
        (draft) => ({ ...draft, months }),
    ),
  );

  it('judges each draft of a sequence of edits as it judges the same draft built afresh', () => {
    fc.assert(
      fc.property(
        scenarioDocumentArbitrary(),
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        (document, edits) => {
          let draft = draftFromScenario(buildScenario(document), 'international');
          checkDraft(draft);
          for (const change of edits) {
            draft = change(draft);
            expect(checkDraft(draft)).toEqual(checkDraft(structuredClone(draft)));
          }
        },
      ),
      propertyRuns(200),
    );
  });

  it('reuses the document part of every stream and package the edit left alone', () => {
    const before = checkDraft(DEMO_DRAFT);
    const edited: ScenarioDraft = {
      ...DEMO_DRAFT,
      streams: DEMO_DRAFT.streams.map((stream, index) =>
        index === 0 ? { ...stream, subscribed: !stream.subscribed } : stream,
      ),
    };
    const after = checkDraft(edited);
    const streamsOf = (check: ReturnType<typeof checkDraft>) =>
      check.document.streams as readonly unknown[];
    const packagesOf = (check: ReturnType<typeof checkDraft>) =>
      check.document.packages as readonly unknown[];
    expect(streamsOf(after)[0]).not.toBe(streamsOf(before)[0]);
    expect(streamsOf(after).slice(1)).toEqual(streamsOf(before).slice(1));
    for (const [index, part] of streamsOf(after).entries())
      if (index > 0) expect(part).toBe(streamsOf(before)[index]);
    for (const [index, part] of packagesOf(after).entries())
      expect(part).toBe(packagesOf(before)[index]);
    // A new start moves a generated stream's months: its part is built again.
    const moved = checkDraft({ ...edited, start: '2028-01' });
    expect(streamsOf(moved)[1]).not.toBe(streamsOf(after)[1]);
    expect(moved).toEqual(checkDraft(structuredClone({ ...edited, start: '2028-01' })));
  });
});
