import { describe, expect, it } from 'vitest';
import { renewalDate } from './renewal';

describe('renewals', () => {
  const pkg = { createdOn: '2027-01-01', activatesOn: '2027-01-01', validityMonths: '12' };

  it('renews on the day after expiry, clamped months included', () => {
    expect(renewalDate(pkg)).toBe('2028-01-02');
    expect(
      renewalDate({ ...pkg, createdOn: '2027-01-31', activatesOn: '', validityMonths: '1' }),
    ).toBe('2027-03-01');
    expect(renewalDate({ ...pkg, activatesOn: 'soon' })).toBeNull();
  });
});
