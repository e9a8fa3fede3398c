import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Catalog, parseCatalog } from '../core/catalog';
import { compareMoney, type Money, moneyToString } from '../core/money';
import type { Scenario } from '../core/scenario';
import { nodeMilpSolver } from '../testing/highs-node';
import { buildScenario, type ScenarioDocument } from '../testing/scenario-builder';
import { type AdvisorResult, advise } from './advisor';
import type { MilpSolver } from './advisor-milp';

/*
 * Realistic cases on the International catalog (12 sizes from 1,000 to 10,000,000 calls, valid
 * 12 months, three graduated tiers): growth, seasonality, spikes, declines, several streams,
 * kept packages, a kept free daily allowance, an unsubscribed region, volume tiers and the worst of three usage cases. Each
 * is planned twice: by the quick search alone (the advisor before the solver: local searches and
 * a bounded exhaustive search) and with HiGHS. The table printed at the end is the one in the
 * issue's note. What must hold: the solver's plan is never dearer than the quick search's, its
 * cost is never below its bound, a proven plan costs its bound, and where HiGHS ended its search
 * (not stopped by its time limit) the plan is within 0.1 % of the bound. Where the time limit
 * stops it, the gap is what it is: the table records it (SOLVER_SECONDS keeps the suite short;
 * the note's table was run with 20 s).
 */

const TIMEOUT = 120_000;
/** The gap the issue accepts: 0.1 %, in percent as the certificate states it. */
const ACCEPTED_GAP_PERCENT = 0.1;
/** The solver's time per case (the run's whole budget): enough for most to end proven. */
const SOLVER_SECONDS = Number(process.env.REALISTIC_SOLVER_SECONDS ?? 6);

function internationalCatalog(): Catalog {
  const path = join(
    import.meta.dirname,
    '..',
    '..',
    '..',
    'public',
    'catalogs',
    'international.json',
  );
  const parsed = parseCatalog(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.catalog;
}

const catalog = internationalCatalog();

function tiersOf(api: string, mode?: 'volume') {
  const entry = catalog.payPerUse.find((candidate) => candidate.api === api);
  if (!entry) throw new Error(`no pay-per-use price for ${api}`);
  return {
    api,
    region: null,
    mode: mode ?? entry.mode,
    tiers: entry.tiers.map((tier) => ({ ...tier })),
  };
}

/** `months` of calls from `shape(month)`, in whole calls. */
const calls = (months: number, shape: (month: number) => number) =>
  Array.from({ length: months }, (_, month) => Math.max(0, Math.round(shape(month))));
const growing = (first: number, percent: number) => (month: number) =>
  first * (1 + percent / 100) ** month;
/** A yearly season: `peak` times the base in the busiest month (November), the base in May. */
const seasonal = (base: number, peak: number) => (month: number) =>
  base * (1 + ((peak - 1) * (1 + Math.cos(((month - 10) * Math.PI) / 6))) / 2);

type RealisticCase = {
  readonly name: string;
  readonly document: ScenarioDocument;
  /** For the objective 'worst': the low and high cases as percentages of the expected calls. */
  readonly worstOf?: readonly [number, number];
};

const place = (api: string, region = 'ap-southeast-1') => ({ api, region });

const CASES: readonly RealisticCase[] = [
  {
    name: 'flat 3,000 a month, 12 months',
    document: {
      months: 12,
      streams: [{ ...place('general-text'), monthlyCalls: calls(12, () => 3_000) }],
      payPerUse: [tiersOf('general-text')],
    },
  },
  {
    name: 'flat 300,000 a month, 36 months',
    document: {
      months: 36,
      streams: [{ ...place('general-text'), monthlyCalls: calls(36, () => 300_000) }],
      payPerUse: [tiersOf('general-text')],
    },
  },
  {
    name: 'growth 3 % a month from 80,000, 36 months',
    document: {
      months: 36,
      streams: [{ ...place('passport'), monthlyCalls: calls(36, growing(80_000, 3)) }],
      payPerUse: [tiersOf('passport')],
    },
  },
  {
    name: 'seasonal around 300,000 (peak × 2.5), 24 months',
    document: {
      months: 24,
      streams: [{ ...place('general-text'), monthlyCalls: calls(24, seasonal(200_000, 2.5)) }],
      payPerUse: [tiersOf('general-text')],
    },
  },
  {
    name: 'spikes: 40,000 a month, 1,200,000 in 3 launch months, 24 months',
    document: {
      months: 24,
      streams: [
        {
          ...place('web-image'),
          monthlyCalls: calls(24, (month) => ([4, 5, 16].includes(month) ? 1_200_000 : 40_000)),
        },
      ],
      payPerUse: [tiersOf('web-image')],
    },
  },
  {
    name: 'decline 6 % a month from 1,200,000, 36 months',
    document: {
      months: 36,
      streams: [{ ...place('general-text'), monthlyCalls: calls(36, growing(1_200_000, -6)) }],
      payPerUse: [tiersOf('general-text')],
    },
  },
  {
    name: 'three streams (80k, 300k, 1.2M growing 3 %), 36 months',
    document: {
      months: 36,
      streams: [
        { ...place('general-text'), monthlyCalls: calls(36, growing(80_000, 3)) },
        { ...place('passport', 'ap-southeast-2'), monthlyCalls: calls(36, growing(300_000, 3)) },
        { ...place('web-image', 'ap-southeast-2'), monthlyCalls: calls(36, growing(1_200_000, 3)) },
      ],
      payPerUse: [tiersOf('general-text'), tiersOf('passport'), tiersOf('web-image')],
    },
  },
  {
    name: 'kept packages: 1M owned from before, a free 100k, seasonal 150k, 24 months',
    document: {
      months: 24,
      streams: [{ ...place('general-text'), monthlyCalls: calls(24, seasonal(100_000, 2)) }],
      packages: [
        {
          id: 'owned',
          source: 'purchased',
          calls: 1_000_000,
          usedCalls: 400_000,
          price: '6500',
          createdOn: '2026-09-01',
          validityMonths: 12,
        },
        {
          id: 'free',
          source: 'free',
          calls: 100_000,
          createdOn: '2027-03-15',
          validityMonths: 12,
        },
      ],
      payPerUse: [tiersOf('general-text')],
    },
  },
  {
    name: 'a free daily allowance of 500 calls kept: 20,000 growing 2 % a month, 24 months',
    document: {
      months: 24,
      streams: [{ ...place('general-text'), monthlyCalls: calls(24, growing(20_000, 2)) }],
      packages: [
        {
          id: 'free-daily',
          source: 'free',
          calls: 500,
          createdOn: '2026-12-01',
          validityMonths: 48,
          resetEvery: 'day',
        },
      ],
      payPerUse: [tiersOf('general-text')],
    },
  },
  {
    name: 'unsubscribed region (failed calls first), 120k growing 2 %, 24 months',
    document: {
      months: 24,
      streams: [
        {
          ...place('passport', 'la-south-2'),
          subscribed: false,
          monthlyCalls: calls(24, growing(120_000, 2)),
        },
        { ...place('general-text'), monthlyCalls: calls(24, growing(50_000, 2)) },
      ],
      payPerUse: [tiersOf('passport'), tiersOf('general-text')],
    },
  },
  {
    name: 'volume tiers, seasonal around 600,000, 24 months',
    document: {
      months: 24,
      streams: [{ ...place('general-text'), monthlyCalls: calls(24, seasonal(400_000, 2.5)) }],
      payPerUse: [tiersOf('general-text', 'volume')],
    },
  },
  {
    name: 'worst of low (70 %), expected, high (140 %): 250k growing 2 %, 24 months',
    document: {
      months: 24,
      streams: [{ ...place('passport'), monthlyCalls: calls(24, growing(250_000, 2)) }],
      payPerUse: [tiersOf('passport')],
    },
    worstOf: [70, 140],
  },
];

type Row = {
  readonly name: string;
  readonly quick: AdvisorResult;
  readonly solved: AdvisorResult;
};

function scaled(scenario: Scenario, percent: number): Scenario {
  return {
    ...scenario,
    streams: scenario.streams.map((stream) => ({
      ...stream,
      monthlyCalls: stream.monthlyCalls.map((count) => Math.floor((count * percent) / 100)),
    })),
  };
}

function run(entry: RealisticCase, solver: MilpSolver | null): AdvisorResult {
  const scenario = buildScenario(entry.document);
  const scenarios = entry.worstOf ? entry.worstOf.map((percent) => scaled(scenario, percent)) : [];
  const result = advise(
    { scenario, catalog, scenarios },
    { objective: entry.worstOf ? 'worst' : 'total', solver, solverSeconds: SOLVER_SECONDS },
  );
  if (result.cancelled) throw new Error('not cancelled');
  return result;
}

/** The cost the certificate speaks of: the worst case's for 'worst'. */
const certifiedCost = (result: AdvisorResult): Money =>
  result.worstCase ? result.worstCase.totalCost : result.totalCost;

const amount = (money: Money) =>
  Number(moneyToString(money)).toLocaleString('en-US', { maximumFractionDigits: 2 });

function table(rows: readonly Row[]): string {
  const lines = [
    '| case | quick search alone (old) | with HiGHS (new) | lower bound | gap | old above new | solver |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const { name, quick, solved } of rows) {
    const old = Number(moneyToString(certifiedCost(quick)));
    const now = Number(moneyToString(certifiedCost(solved)));
    const { certificate } = solved;
    lines.push(
      `| ${name} | ${amount(certifiedCost(quick))} | ${amount(certifiedCost(solved))} | ${
        certificate.lowerBound === null ? '–' : amount(certificate.lowerBound)
      } | ${certificate.guarantee === 'proven-optimal' ? 'proven' : `≤ ${certificate.gapPercent} %`} | ${(
        ((old - now) / now) * 100
      ).toFixed(2)} % | ${certificate.solver}, ${certificate.solverSeconds.toFixed(2)} s |`,
    );
  }
  return lines.join('\n');
}

describe('realistic cases: the solver against the quick search alone', () => {
  let solver: MilpSolver;
  const rows: Row[] = [];
  beforeAll(async () => {
    solver = await nodeMilpSolver();
  });
  afterAll(() => console.log(`\n${table(rows)}\n`));

  it.each(CASES.map((entry) => [entry.name, entry] as const))(
    '%s',
    (_, entry) => {
      const quick = run(entry, null);
      const solved = run(entry, solver);
      rows.push({ name: entry.name, quick, solved });
      // The solver's plan never loses to the quick search's, in failed calls or money.
      expect(solved.failedCalls).toBeLessThanOrEqual(quick.failedCalls);
      if (solved.failedCalls === quick.failedCalls)
        expect(compareMoney(certifiedCost(solved), certifiedCost(quick))).toBeLessThanOrEqual(0);
      const { certificate } = solved;
      expect(certificate.lowerBound).not.toBeNull();
      expect(
        compareMoney(certificate.lowerBound as Money, certifiedCost(solved)),
      ).toBeLessThanOrEqual(0);
      if (certificate.guarantee === 'proven-optimal')
        expect(moneyToString(certificate.lowerBound as Money)).toBe(
          moneyToString(certifiedCost(solved)),
        );
      else if (certificate.solver !== 'time-limit')
        expect(Number(certificate.gapPercent)).toBeLessThanOrEqual(ACCEPTED_GAP_PERCENT);
    },
    TIMEOUT,
  );
});
