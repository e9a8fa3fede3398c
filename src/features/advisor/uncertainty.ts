import {
  addMonths,
  formatIsoMonth,
  MAX_CALLS,
  type Message,
  type Money,
  message,
  parseIsoMonth,
  type Scenario,
  type Simulation,
  simulateDetailed,
} from '../../engine';
import type { UncertaintyDraft } from '../../store/analysis';
import type { MonthRange } from '../../store/draft';

/*
 * The low and high cases of the usage projection: every month of every stream scaled by one
 * percentage (−20 % → 80 % of the projected calls, rounded to whole calls). The three cases are
 * simulated as they are; their figures are derived where shown, never stored. A stream forecast
 * from its usage history brings its own range: over the months it covers, the low case takes
 * the forecast's low and the high case its high, in place of the percentages.
 */

/** The forecast ranges of the streams that have one, by stream id. */
export type StreamRanges = Readonly<Record<string, readonly MonthRange[]>>;

export type Uncertainty = {
  readonly lowPercent: number;
  readonly highPercent: number;
  readonly ranges?: StreamRanges;
};

export type UncertaintyCheck =
  | { readonly ok: true; readonly value: Uncertainty }
  | {
      readonly ok: false;
      readonly errors: Readonly<Partial<Record<keyof UncertaintyDraft, Message>>>;
    };

export const LOW_MESSAGE = message('projection.lowPercent', ['lowPercent'], {
  min: -100,
  max: 0,
  example: -20,
});
export const HIGH_MESSAGE = message('projection.highPercent', ['highPercent'], {
  min: 0,
  max: 1000,
  example: 30,
});

/** A percentage as typed: "-20", "−20 %", "+30%", "12.5". Undefined when empty, null when not a number. */
export function readPercent(text: string): number | null | undefined {
  const compact = text.trim().replace(/\s/g, '').replace(/%$/, '').replace(/^[−–]/, '-');
  if (compact === '') return undefined;
  return /^[-+]?\d+(\.\d+)?$/.test(compact) ? Number(compact) : null;
}

/**
 * The low and high cases judged: low from −100 to 0, high from 0 to 1000, and (given the
 * scenario) no month of the high case above the format's limit of calls.
 */
export function checkUncertainty(
  draft: UncertaintyDraft,
  scenario?: Scenario,
  ranges: StreamRanges = {},
): UncertaintyCheck {
  const errors: Partial<Record<keyof UncertaintyDraft, Message>> = {};
  const low = readPercent(draft.lowPercent);
  const high = readPercent(draft.highPercent);
  if (typeof low !== 'number' || low < -100 || low > 0) errors.lowPercent = LOW_MESSAGE;
  if (typeof high !== 'number' || high < 0 || high > 1000) errors.highPercent = HIGH_MESSAGE;
  else if (scenario) {
    const busiest = Math.max(0, ...scenario.streams.flatMap((stream) => stream.monthlyCalls));
    if (scaleCalls(busiest, high) > MAX_CALLS)
      errors.highPercent = message('projection.caseTooLarge', ['highPercent'], { max: MAX_CALLS });
  }
  if (
    errors.lowPercent ||
    errors.highPercent ||
    typeof low !== 'number' ||
    typeof high !== 'number'
  )
    return { ok: false, errors };
  return {
    ok: true,
    value: {
      lowPercent: low,
      highPercent: high,
      ...(Object.keys(ranges).length > 0 ? { ranges } : {}),
    },
  };
}

/** `calls` changed by `percent` %, rounded half-up to whole calls. */
export function scaleCalls(calls: number, percent: number): number {
  return Math.round((calls * (100 + percent)) / 100);
}

/** The scenario with every month's calls changed by `percent` %; the scenario itself for 0 %. */
export function scaleScenario(scenario: Scenario, percent: number): Scenario {
  if (percent === 0) return scenario;
  return {
    ...scenario,
    streams: scenario.streams.map((stream) => ({
      ...stream,
      monthlyCalls: stream.monthlyCalls.map((calls) => scaleCalls(calls, percent)),
    })),
  };
}

/**
 * One case: the months a stream's forecast range covers take its `side`, every other month is
 * scaled by `percent`. The scenario itself when nothing changes.
 */
export function caseScenario(
  scenario: Scenario,
  percent: number,
  side: 'low' | 'high',
  ranges: StreamRanges = {},
): Scenario {
  const start = parseIsoMonth(scenario.start);
  const ranged = scenario.streams.some((stream) => (ranges[stream.id]?.length ?? 0) > 0);
  if (!ranged || !start) return scaleScenario(scenario, percent);
  const monthNames = scenario.streams[0]?.monthlyCalls.map((_, index) =>
    formatIsoMonth(addMonths(start, index)),
  );
  return {
    ...scenario,
    streams: scenario.streams.map((stream) => {
      const byMonth = new Map((ranges[stream.id] ?? []).map((month) => [month.month, month]));
      return {
        ...stream,
        monthlyCalls: stream.monthlyCalls.map((calls, index) => {
          const range = byMonth.get(monthNames?.[index] ?? '');
          return range ? range[side] : scaleCalls(calls, percent);
        }),
      };
    }),
  };
}

/** The low and high variants of a scenario (the advisor's worst case looks at both). */
export function caseScenarios(
  scenario: Scenario,
  uncertainty: Uncertainty,
): { readonly low: Scenario; readonly high: Scenario } {
  return {
    low: caseScenario(scenario, uncertainty.lowPercent, 'low', uncertainty.ranges),
    high: caseScenario(scenario, uncertainty.highPercent, 'high', uncertainty.ranges),
  };
}

/** The forecast ranges of a draft's streams, by id: only streams that have one. */
export function rangesOf(
  streams: readonly { readonly id: string; readonly range: readonly MonthRange[] }[],
): StreamRanges {
  return Object.fromEntries(
    streams.filter((stream) => stream.range.length > 0).map((stream) => [stream.id, stream.range]),
  );
}

/** What one case costs, saves and wastes. */
export type CaseFigures = {
  readonly calls: number;
  readonly totalCost: Money;
  readonly payPerUseOnlyCost: Money;
  /** Pay-per-use-only cost minus total cost: negative when the packages cost more. */
  readonly savings: Money;
  readonly wastedCalls: number;
  readonly failedCalls: number;
};

function toCaseFigures(simulation: Simulation): CaseFigures {
  const { totals } = simulation;
  return {
    calls: totals.calls,
    totalCost: totals.totalCost,
    payPerUseOnlyCost: totals.payPerUseOnlyCost,
    savings: totals.savings,
    wastedCalls: simulation.packages.reduce((sum, pkg) => sum + pkg.wasted, 0),
    failedCalls: totals.failedCalls,
  };
}

export type UncertaintyCases = {
  readonly low: CaseFigures;
  readonly expected: CaseFigures;
  readonly high: CaseFigures;
};

/** The three cases simulated: low, as projected, and high. */
export function toUncertaintyCases(
  scenario: Scenario,
  uncertainty: Uncertainty,
  run: (scenario: Scenario) => Simulation = simulateDetailed,
): UncertaintyCases {
  const { low, high } = caseScenarios(scenario, uncertainty);
  return {
    low: toCaseFigures(run(low)),
    expected: toCaseFigures(run(scenario)),
    high: toCaseFigures(run(high)),
  };
}

/** "−20 %", "+30 %", "0 %" (a no-break space before the sign): how a case is named in headings. */
export function formatPercentChange(percent: number): string {
  // Written by hand, not with Intl, whose first use stalls a phone at load (see i18n/format.ts).
  // Number drops the trailing zeros of toFixed's text (a percent is far below 1e21).
  const [integer = '0', fraction] = String(Number(Math.abs(percent).toFixed(2))).split('.');
  const magnitude = `${integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}`;
  return `${percent < 0 ? '−' : percent > 0 ? '+' : ''}${magnitude}\u00a0%`;
}
