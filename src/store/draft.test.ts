import { describe, expect, it } from 'vitest';
import { type Message, parseScenario, renderMessage, renderRule, simulate } from '../engine';
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

describe('ids', () => {
  it('picks the next free id', () => {
    expect(freshId('package', [{ id: 'package-2' }, { id: 'x' }])).toBe('package-3');
    expect(freshId('package', [{ id: 'package-1' }])).toBe('package-2');
  });
});
