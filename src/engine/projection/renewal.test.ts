import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateDetailed } from '../billing/simulate';
import { propertyRuns } from '../testing/property-runs';
import { buildScenario } from '../testing/scenario-builder';
import { renewalAtAlert, renewalDate, renewalStart } from './renewal';

describe('renewals', () => {
  const pkg = { createdOn: '2027-01-01', activatesOn: '2027-01-01', validityMonths: '12' };

  it('renews on the day after expiry, clamped months included', () => {
    expect(renewalDate(pkg)).toBe('2028-01-02');
    expect(
      renewalDate({ ...pkg, createdOn: '2027-01-31', activatesOn: '', validityMonths: '1' }),
    ).toBe('2027-03-01');
    expect(renewalDate({ ...pkg, activatesOn: 'soon' })).toBeNull();
  });

  it('reads the dates as typed: spaces around them, and no activation day means the purchase day', () => {
    expect(renewalDate({ ...pkg, activatesOn: ' 2027-03-10 ' })).toBe('2028-03-11');
    expect(renewalDate({ ...pkg, createdOn: ' 2027-03-10 ', activatesOn: '  ' })).toBe(
      '2028-03-11',
    );
    expect(renewalDate({ ...pkg, createdOn: '2027-03-10', activatesOn: '2027-04-01' })).toBe(
      '2028-04-02',
    );
  });

  it('takes an empty validity as a year and has no date for a validity that is not whole months', () => {
    expect(renewalDate({ ...pkg, validityMonths: '' })).toBe('2028-01-02');
    expect(renewalDate({ ...pkg, validityMonths: '1' })).toBe('2027-02-02');
    for (const validityMonths of ['0', '-1', '1.5', 'a year'])
      expect(renewalDate({ ...pkg, validityMonths })).toBeNull();
  });

  it('takes over on the day the package runs out, when that comes before its expiry', () => {
    expect(renewalStart(pkg, { exhaustedOn: '2027-06-14', alertOn: '2027-05-20' })).toEqual({
      startsOn: '2027-06-14',
      reason: 'runs-out',
    });
  });

  it('takes over the day after expiry when the package does not run out, or without a simulation', () => {
    const expires = { startsOn: '2028-01-02', reason: 'expires' };
    expect(renewalStart(pkg, { exhaustedOn: null, alertOn: null })).toEqual(expires);
    expect(renewalStart(pkg, null)).toEqual(expires);
    expect(renewalStart({ ...pkg, validityMonths: 'a year' }, null)).toBeNull();
  });

  it('takes over the day after expiry when the simulation says it runs out later', () => {
    expect(renewalStart(pkg, { exhaustedOn: '2028-03-01', alertOn: '2027-12-01' })).toEqual({
      startsOn: '2028-01-02',
      reason: 'expires',
    });
    expect(renewalStart(pkg, { exhaustedOn: '2028-01-01', alertOn: null })).toEqual({
      startsOn: '2028-01-01',
      reason: 'runs-out',
    });
  });

  it('renews at the 80 % alert only when the alert comes before the renewal would', () => {
    expect(renewalAtAlert(pkg, { exhaustedOn: '2027-06-14', alertOn: '2027-05-20' })).toBe(
      '2027-05-20',
    );
    expect(renewalAtAlert(pkg, { exhaustedOn: '2027-06-14', alertOn: '2027-06-14' })).toBeNull();
    expect(renewalAtAlert(pkg, { exhaustedOn: null, alertOn: null })).toBeNull();
    expect(renewalAtAlert(pkg, null)).toBeNull();
    expect(renewalAtAlert(pkg, { exhaustedOn: null, alertOn: '2027-11-30' })).toBe('2027-11-30');
    expect(renewalAtAlert(pkg, { exhaustedOn: null, alertOn: '2028-01-02' })).toBeNull();
    expect(
      renewalAtAlert({ ...pkg, validityMonths: '0' }, { exhaustedOn: null, alertOn: '2027-05-01' }),
    ).toBeNull();
  });

  it('leaves no call of its stream to pay-per-use when renewed where it runs out (any volume)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5_000 }),
        fc.integer({ min: 100, max: 20_000 }),
        (monthly, quota) => {
          const base = {
            start: '2027-01',
            months: 6,
            streams: [
              {
                id: 's',
                api: 'general-text',
                region: 'ap-southeast-1',
                monthlyCalls: Array.from({ length: 6 }, () => monthly),
              },
            ],
            payPerUse: [
              {
                api: 'general-text',
                region: null,
                tiers: [{ upTo: null, unitPrice: '0.01' }],
              },
            ],
          };
          const old = {
            id: 'old',
            api: 'general-text',
            region: 'ap-southeast-1',
            calls: quota,
            price: '1',
            createdOn: '2027-01-01',
            validityMonths: 12,
          };
          const detail = simulateDetailed(buildScenario({ ...base, packages: [old] })).packages[0];
          const start = renewalStart(
            { createdOn: old.createdOn, activatesOn: '', validityMonths: '12' },
            detail ?? null,
          );
          if (start === null || start.reason !== 'runs-out') return;
          const renewed = buildScenario({
            ...base,
            packages: [old, { ...old, id: 'new', calls: 1_000_000, createdOn: start.startsOn }],
          });
          expect(simulateDetailed(renewed).totals.payPerUseCalls).toBe(0);
        },
      ),
      propertyRuns(50),
    );
  });
});
