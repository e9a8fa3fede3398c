import { parseScenario, type Scenario } from '../core/scenario';

/*
 * Small scenario documents for the engine's tests: a valid base to change one thing in.
 * Everything goes through parseScenario, so a test can never hand the engine a scenario the
 * gate would refuse.
 */

export type StreamDocument = {
  id?: string;
  api?: string;
  region?: string;
  subscribed?: boolean;
  monthlyCalls: number[];
};

export type PackageDocument = {
  id: string;
  api?: string;
  region?: string;
  source?: 'free' | 'promotional' | 'purchased';
  calls: number;
  price?: string;
  createdOn: string;
  activatesOn?: string;
  validityMonths?: number;
  usedCalls?: number;
  priority?: number;
  label?: string;
  resetEvery?: 'day' | 'month';
};

export type ScenarioDocument = {
  start?: string;
  months?: number;
  deductionOrder?: string[];
  streams?: StreamDocument[];
  packages?: PackageDocument[];
  payPerUse?: {
    api: string;
    region?: string | null;
    mode?: 'graduated' | 'volume';
    tiers: { upTo: number | null; unitPrice: string }[];
  }[];
};

export const TEST_API = 'general-text';
export const TEST_REGION = 'ap-southeast-1';

/** A valid scenario: one month of January 2027 unless told otherwise, one flat price of 0.001 per call. */
export function buildScenario(document: ScenarioDocument): Scenario {
  const streams = (document.streams ?? []).map((stream, index) => ({
    id: stream.id ?? `stream-${index}`,
    api: stream.api ?? TEST_API,
    region: stream.region ?? TEST_REGION,
    ...(stream.subscribed === undefined ? {} : { subscribed: stream.subscribed }),
    monthlyCalls: stream.monthlyCalls,
  }));
  const packages = (document.packages ?? []).map((pkg) => ({
    api: TEST_API,
    region: TEST_REGION,
    price: '0',
    ...pkg,
  }));
  const parsed = parseScenario({
    format: 'ocr-billing-scenario',
    version: 2,
    currency: 'USD',
    start: document.start ?? '2027-01',
    months: document.months ?? 1,
    ...(document.deductionOrder ? { deductionOrder: document.deductionOrder } : {}),
    streams,
    packages,
    payPerUse: document.payPerUse ?? [
      { api: TEST_API, tiers: [{ upTo: null, unitPrice: '0.001' }] },
    ],
  });
  if (!parsed.ok) throw new Error(`test scenario is invalid:\n${parsed.errors.join('\n')}`);
  return parsed.scenario;
}
