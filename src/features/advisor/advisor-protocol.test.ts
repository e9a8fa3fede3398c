import { describe, expect, it } from 'vitest';
import {
  type AdvisorResult,
  type Catalog,
  message,
  moneyToString,
  renderMessage,
} from '../../engine';
import { testCatalog } from '../../engine/testing/advisor-arbitrary';
import { buildScenario } from '../../engine/testing/scenario-builder';
import {
  type AdvisorRequest,
  type AdvisorResponse,
  type AdvisorRunState,
  advisorRunReducer,
  answerAdvisorRequest,
  IDLE_RUN,
} from './advisor-protocol';

const FLAT_CENT = [{ api: 'general-text', tiers: [{ upTo: null, unitPrice: '0.01' }] }];
const catalog: Catalog = testCatalog([
  { api: 'general-text', calls: 1000, price: '9' },
  { api: 'general-text', calls: 12_000, price: '90' },
]);
const scenario = buildScenario({
  months: 12,
  streams: [{ monthlyCalls: Array.from({ length: 12 }, () => 1000) }],
  payPerUse: FLAT_CENT,
});

function request(overrides: Partial<AdvisorRequest> = {}): AdvisorRequest {
  return {
    type: 'advise',
    runId: 7,
    scenario,
    variants: [],
    catalog,
    objective: 'total',
    ...overrides,
  };
}

function answer(overrides: Partial<AdvisorRequest> = {}): AdvisorResponse[] {
  const posted: AdvisorResponse[] = [];
  answerAdvisorRequest(request(overrides), (response) => posted.push(response));
  return posted;
}

describe('answerAdvisorRequest (the worker side)', () => {
  it('posts rising progress, at most once per percent, then the plan', () => {
    const posted = answer();
    const last = posted.at(-1);
    expect(last?.type).toBe('done');
    if (last?.type !== 'done') return;
    // 12 × 1,000 calls: one 12k package for 90 beats twelve 1k ones (108) and pay-per-use (120).
    expect(last.result.purchases.map((purchase) => [purchase.calls, purchase.count])).toEqual([
      [12_000, 1],
    ]);
    expect(moneyToString(last.result.totalCost)).toBe('90');
    const progress = posted.filter((response) => response.type === 'progress');
    expect(progress.length).toBeGreaterThan(0);
    const percents = progress.map((response) => Math.floor(response.fraction * 100));
    expect(new Set(percents).size).toBe(percents.length);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(posted.every((response) => response.runId === 7)).toBe(true);
  });

  it('plans for the worst of the low and high variants when asked', () => {
    const doubled = {
      ...scenario,
      streams: scenario.streams.map((stream) => ({
        ...stream,
        monthlyCalls: stream.monthlyCalls.map((calls) => calls * 2),
      })),
    };
    const last = answer({ objective: 'worst', variants: [doubled] }).at(-1);
    expect(last?.type).toBe('done');
    if (last?.type === 'done') {
      expect(last.result.objective).toBe('worst');
      expect(last.result.worstCase).not.toBeNull();
    }
  });

  it('answers a request that crossed to the worker by structured cloning, exact amounts kept', () => {
    const cloned = structuredClone(request());
    expect(cloned.scenario).toEqual(scenario);
    expect(cloned.scenario.packages).toEqual(scenario.packages);
    expect(typeof cloned.scenario.payPerUse[0]?.tiers[0]?.unitPrice).toBe('bigint');
    const posted: AdvisorResponse[] = [];
    answerAdvisorRequest(cloned, (response) => posted.push(response));
    const direct = answer().at(-1);
    expect(posted.at(-1)).toEqual(direct);
  });

  it('fails with the error when the advisor throws (a variant that differs in more than calls)', () => {
    const renamed = { ...scenario, currency: 'EUR' };
    const last = answer({ objective: 'worst', variants: [renamed] }).at(-1);
    expect(last?.type).toBe('failed');
    if (last?.type !== 'failed') return;
    expect(last.message.code).toBe('advisor.crashed');
    expect(renderMessage(last.message)).toMatch(
      /differ from the scenario only in its monthly calls/,
    );
  });
});

describe('advisorRunReducer (the page side)', () => {
  type Context = { readonly key: string };
  const result = { cancelled: false, totalCost: 1n } as unknown as AdvisorResult;
  const start = (state: AdvisorRunState<Context>, runId: number, key = `run ${runId}`) =>
    advisorRunReducer(state, { type: 'start', runId, context: { key } });
  const respond = (state: AdvisorRunState<Context>, response: AdvisorResponse) =>
    advisorRunReducer(state, { type: 'response', response });

  it('runs, reports progress and keeps the finished plan with what it was asked', () => {
    let state = start(IDLE_RUN, 1);
    expect(state).toMatchObject({ phase: 'running', runId: 1, fraction: 0 });
    state = respond(state, { type: 'progress', runId: 1, fraction: 0.4 });
    state = respond(state, { type: 'progress', runId: 1, fraction: 0.3 });
    expect(state.fraction).toBe(0.4);
    state = respond(state, { type: 'done', runId: 1, result });
    expect(state).toMatchObject({ phase: 'done', fraction: 1, pending: null });
    expect(state.last).toEqual({ result, context: { key: 'run 1' } });
  });

  it('ignores answers of another run, and any after a cancel', () => {
    let state = start(IDLE_RUN, 1);
    state = start(state, 2);
    const before = state;
    expect(respond(state, { type: 'done', runId: 1, result })).toBe(before);
    state = advisorRunReducer(state, { type: 'cancel' });
    expect(state).toMatchObject({ phase: 'cancelled', pending: null, last: null });
    expect(respond(state, { type: 'progress', runId: 2, fraction: 0.9 })).toBe(state);
    expect(respond(state, { type: 'done', runId: 2, result })).toBe(state);
  });

  it('keeps the last plan through a new run that is cancelled or fails', () => {
    let state = respond(start(IDLE_RUN, 1), { type: 'done', runId: 1, result });
    const kept = state.last;
    state = advisorRunReducer(start(state, 2), { type: 'cancel' });
    expect(state.last).toBe(kept);
    const boom = message('advisor.crashed', [], { detail: 'boom' });
    state = respond(start(state, 3), { type: 'failed', runId: 3, message: boom });
    expect(state).toMatchObject({ phase: 'failed', message: boom, last: kept });
  });

  it('does nothing on a cancel when nothing runs', () => {
    expect(advisorRunReducer(IDLE_RUN, { type: 'cancel' })).toBe(IDLE_RUN);
  });
});
