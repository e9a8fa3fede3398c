import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Catalog, type Message, parseScenario, renderRule, type Scenario } from '../../engine';
import { buildScenario } from '../../engine/testing/scenario-builder';
import { toDeductionOrder } from './to-deduction-order';

function readExample(name: string): Scenario {
  const file = join(import.meta.dirname, '../../engine/fixtures/examples', `${name}.json`);
  const parsed = parseScenario(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.scenario;
}

const CATALOG = {
  apis: [
    { id: 'general-text', name: 'General Text' },
    { id: 'passport', name: 'Passport' },
  ],
  regions: [
    { id: 'ap-southeast-1', name: 'AP-Hong Kong', apis: ['general-text'] },
    { id: 'eu-west-101', name: 'EU-Dublin', apis: ['general-text'] },
  ],
} as unknown as Catalog;

/** A step's reason in the engine's English: the wording the order had before it became data. */
const reasonText = (reason: Message | null) =>
  reason === null ? 'pays first' : renderRule(reason);

describe('toDeductionOrder', () => {
  it('ranks an allowance by the end of its current period, not its overall expiry (§4a)', () => {
    // Both free, same activation: the daily allowance's key is today, the monthly one's the
    // month's end, though the daily one expires a year later.
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [3100] }],
      packages: [
        {
          id: 'monthly',
          source: 'free',
          calls: 900,
          createdOn: '2027-01-01',
          resetEvery: 'month',
          validityMonths: 1,
        },
        {
          id: 'daily',
          source: 'free',
          calls: 50,
          createdOn: '2027-01-01',
          resetEvery: 'day',
          validityMonths: 12,
        },
      ],
    });
    const [group] = toDeductionOrder(scenario, CATALOG).groups;
    expect(group?.steps.map((step) => step.id)).toEqual(['daily', 'monthly']);
    expect(group?.steps[1]?.decidedBy).toBe('expiresOn');
    expect(group?.steps[1]?.reason?.params).toEqual({ first: '2027-01-01', second: '2027-01-31' });
  });

  it('explains the order of the spec example 02 package by package', () => {
    const view = toDeductionOrder(readExample('02-deduction-order'), undefined);
    expect(view.unused).toEqual([]);
    expect(view.groups).toHaveLength(1);
    const [group] = view.groups;
    expect(group?.api).toBe('passport');
    expect(group?.region).toBe('ap-southeast-2');
    expect(group?.streamIds).toEqual(['passport-bkk']);
    expect(group?.steps.map((step) => [step.id, reasonText(step.reason)])).toEqual([
      ['promo', 'pays first'],
      ['short-validity', 'promotional before purchased'],
      ['created-earlier', 'expires earlier (2027-07-10 before 2028-01-10)'],
      ['bought-first', 'bought earlier (2027-01-05 before 2027-01-10)'],
      ['same-day-twin', 'listed earlier (package 2 before package 4); every other rule ties'],
      ['late-activation', 'takes effect earlier (2027-01-10 before 2027-03-15)'],
      ['bought-in-april', 'takes effect earlier (2027-03-15 before 2027-04-20)'],
    ]);
    expect(group?.steps.map((step) => step.decidedBy)).toEqual([
      null,
      'source',
      'expiresOn',
      'createdOn',
      'position',
      'activatesOn',
      'activatesOn',
    ]);
  });

  it('follows a scenario deduction order of its own', () => {
    const scenario = buildScenario({
      deductionOrder: ['priority'],
      streams: [{ monthlyCalls: [100] }],
      packages: [
        { id: 'low', calls: 10, createdOn: '2027-01-01', priority: 5 },
        { id: 'high', calls: 10, createdOn: '2027-01-02', priority: -1 },
      ],
    });
    const steps = toDeductionOrder(scenario, undefined).groups[0]?.steps;
    expect(steps?.map((step) => [step.id, reasonText(step.reason)])).toEqual([
      ['high', 'pays first'],
      ['low', 'priority -1 before priority 5 (lower first)'],
    ]);
  });

  it('lists packages no stream can use apart, in words, and groups with no package', () => {
    const scenario = buildScenario({
      streams: [{ monthlyCalls: [100] }, { api: 'passport', monthlyCalls: [5] }],
      packages: [
        {
          id: 'dublin',
          label: 'Dublin text',
          calls: 10,
          createdOn: '2027-01-01',
          region: 'eu-west-101',
        },
        { id: 'hk', calls: 10, createdOn: '2027-01-01' },
      ],
      payPerUse: [
        { api: 'general-text', tiers: [{ upTo: null, unitPrice: '0.001' }] },
        { api: 'passport', tiers: [{ upTo: null, unitPrice: '0.002' }] },
      ],
    });
    const view = toDeductionOrder(scenario, CATALOG);
    expect(
      view.groups.map((group) => [group.apiName, group.regionName, group.steps.length]),
    ).toEqual([
      ['General Text', 'AP-Hong Kong', 1],
      ['Passport', 'AP-Hong Kong', 0],
    ]);
    expect(view.unused).toEqual([
      {
        id: 'dublin',
        label: 'Dublin text',
        position: 1,
        reason: 'never used: no stream calls General Text in EU-Dublin',
      },
    ]);
  });
});
