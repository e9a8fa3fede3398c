import { describe, expect, it } from 'vitest';
import { parseScenario, simulate } from '../engine';
import { DEMO_DRAFT } from './demo';
import {
  checkDraft,
  draftFromScenario,
  freshId,
  generateCalls,
  readNumberText,
  renewalDate,
  type ScenarioDraft,
} from './draft';

const withPackage = (patch: Partial<ScenarioDraft['packages'][number]>): ScenarioDraft => ({
  ...DEMO_DRAFT,
  packages: DEMO_DRAFT.packages.map((pkg, index) => (index === 1 ? { ...pkg, ...patch } : pkg)),
});

describe('reading numbers as typed', () => {
  it.each([
    ['1000', 1000],
    ['1,000,000', 1_000_000],
    [' 2 500 ', 2500],
    ['1_000', 1000],
    ['-3', -3],
    ['1.5', 1.5],
    ['', undefined],
    ['12a', '12a'],
  ])('reads %j as %j', (text, expected) => {
    expect(readNumberText(text)).toBe(expected);
  });
});

describe('generating monthly calls', () => {
  const generator = {
    firstMonth: '1000',
    growthPercent: '10',
    seasonal: false,
    seasonality: Array.from({ length: 12 }, () => '100'),
  };

  it('grows the first month by the rate each month, rounded to whole calls', () => {
    expect(generateCalls(generator, '2027-01', 4)).toEqual({ calls: [1000, 1100, 1210, 1331] });
  });

  it('scales each calendar month by its seasonality share', () => {
    const seasonality = Array.from({ length: 12 }, (_, month) => (month === 11 ? '150' : '100'));
    expect(
      generateCalls(
        { ...generator, growthPercent: '0', seasonal: true, seasonality },
        '2027-11',
        3,
      ),
    ).toEqual({ calls: [1000, 1500, 1000] });
  });

  it('ignores the seasonality while it is switched off', () => {
    const seasonality = Array.from({ length: 12 }, () => '0');
    expect(generateCalls({ ...generator, growthPercent: '0', seasonality }, '2027-01', 2)).toEqual({
      calls: [1000, 1000],
    });
  });

  it.each([
    [{ firstMonth: 'lots' }, 'firstMonth'],
    [{ firstMonth: '-5' }, 'firstMonth'],
    [{ growthPercent: '-150' }, 'growthPercent'],
    [{ growthPercent: 'x' }, 'growthPercent'],
    [
      { seasonal: true, seasonality: ['abc', ...Array.from({ length: 11 }, () => '100')] },
      'seasonality.0',
    ],
  ])('names the generator field that is wrong: %o', (patch, field) => {
    const result = generateCalls({ ...generator, ...patch }, '2027-01', 3);
    expect('errors' in result && Object.keys(result.errors)).toEqual([field]);
  });

  it('refuses a growth that takes a month beyond 10^12 calls', () => {
    const result = generateCalls(
      { ...generator, firstMonth: '1000000000', growthPercent: '1000' },
      '2027-01',
      12,
    );
    expect(result).toEqual({
      errors: { growthPercent: 'gives month 4 more than 1,000,000,000,000 calls' },
    });
  });
});

describe('checking a draft through the engine gate', () => {
  it('accepts the demo and finds its wasted and failed calls', () => {
    const check = checkDraft(DEMO_DRAFT);
    expect(check.fieldErrors).toEqual({});
    if (!check.parsed.ok) throw new Error(check.parsed.errors.join('\n'));
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
    expect(check.fieldErrors).toEqual({
      'packages[1].activatesOn': 'must not be before createdOn 2027-01-01',
    });
  });

  it('keeps text that is not a number and says why at its field', () => {
    const check = checkDraft(withPackage({ calls: '1M' }));
    expect(check.fieldErrors['packages[1].calls']).toBe(
      'must be a whole number from 1 to 1000000000000',
    );
  });

  it('fills optional fields left empty with the format defaults', () => {
    const check = checkDraft(
      withPackage({ activatesOn: '', validityMonths: '', usedCalls: '', priority: '' }),
    );
    if (!check.parsed.ok) throw new Error(check.parsed.errors.join('\n'));
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
    if (!check.parsed.ok) throw new Error(check.parsed.errors.join('\n'));
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

describe('ids and renewals', () => {
  it('picks the next free id', () => {
    expect(freshId('package', [{ id: 'package-2' }, { id: 'x' }])).toBe('package-3');
    expect(freshId('package', [{ id: 'package-1' }])).toBe('package-2');
  });

  it('renews on the day after expiry, clamped months included', () => {
    const pkg = DEMO_DRAFT.packages[1] as ScenarioDraft['packages'][number];
    expect(renewalDate(pkg)).toBe('2028-01-02');
    expect(
      renewalDate({ ...pkg, createdOn: '2027-01-31', activatesOn: '', validityMonths: '1' }),
    ).toBe('2027-03-01');
    expect(renewalDate({ ...pkg, activatesOn: 'soon' })).toBeNull();
  });
});
