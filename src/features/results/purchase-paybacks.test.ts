import { describe, expect, it } from 'vitest';
import { purchasePayback } from '../../engine';
import { buildScenario } from '../../engine/testing/scenario-builder';
import { purchasePaybackOf } from './purchase-paybacks';

const flat = (calls: number, months: number) => Array.from({ length: months }, () => calls);
const price = (api: string) => ({ api, tiers: [{ upTo: null, unitPrice: '0.01' }] });

/** Two APIs, each with a stream and two purchases: an edit to one leaves the other's alone. */
const twoApis = (textCalls: number, idCalls: number, idPrice = '0.01') =>
  buildScenario({
    start: '2027-01',
    months: 24,
    streams: [
      { api: 'general-text', monthlyCalls: flat(textCalls, 24) },
      { api: 'id-card', monthlyCalls: flat(idCalls, 24) },
    ],
    packages: [
      { id: 't1', api: 'general-text', calls: 1_200_000, price: '6000', createdOn: '2027-01-01' },
      { id: 'i1', api: 'id-card', calls: 1_200_000, price: '6000', createdOn: '2027-01-01' },
      { id: 't2', api: 'general-text', calls: 1_200_000, price: '9000', createdOn: '2028-01-01' },
      { id: 'i2', api: 'id-card', calls: 1_200_000, price: '9000', createdOn: '2028-01-01' },
    ],
    payPerUse: [
      price('general-text'),
      { ...price('id-card'), tiers: [{ upTo: null, unitPrice: idPrice }] },
    ],
  });

describe('purchasePaybackOf', () => {
  it('is purchasePayback of the scenario asked about, for every purchase', () => {
    const scenario = twoApis(100_000, 80_000);
    for (let index = 0; index < scenario.packages.length; index++)
      expect(purchasePaybackOf(scenario, index)).toEqual(purchasePayback(scenario, index));
  });

  it('keeps the very answer for a purchase whose API an edit left alone', () => {
    const before = twoApis(100_000, 80_000);
    const after = twoApis(100_000, 95_000);
    const kept = [0, 2].map((index) => purchasePaybackOf(before, index));
    expect([0, 2].map((index) => purchasePaybackOf(after, index))).toEqual(kept);
    expect(purchasePaybackOf(after, 0)).toBe(kept[0]);
    expect(purchasePaybackOf(after, 2)).toBe(kept[1]);
  });

  it('works out afresh a purchase whose stream or price an edit changed', () => {
    const before = twoApis(100_000, 80_000);
    const moreCalls = twoApis(100_000, 95_000);
    const dearer = twoApis(100_000, 80_000, '0.02');
    const first = purchasePaybackOf(before, 1);
    for (const edited of [moreCalls, dearer]) {
      const again = purchasePaybackOf(edited, 1);
      expect(again).not.toBe(first);
      expect(again).toEqual(purchasePayback(edited, 1));
    }
    expect(purchasePaybackOf(dearer, 1)).not.toEqual(first);
  });
});
