import { describe, expect, it } from 'vitest';
import { type AdvisedPurchase, type Money, parseMoney } from '../../engine';
import { toDifference, toPlanRows } from './to-plan-view';

const money = (text: string) => parseMoney(text) as Money;
const negative = (text: string) => -money(text) as Money;

describe('toPlanRows', () => {
  it('names the stream and prices each row as count × the price of one', () => {
    const purchases: AdvisedPurchase[] = [
      {
        api: 'general-text',
        region: 'ap-southeast-1',
        calls: 1_000_000,
        price: money('5580'),
        validityMonths: 12,
        createdOn: '2027-01-01',
        count: 2,
      },
      {
        api: 'passport',
        region: 'ap-southeast-1',
        calls: 10_000,
        price: money('124.125'),
        validityMonths: 12,
        createdOn: '2027-06-01',
        count: 1,
      },
    ];
    const rows = toPlanRows(purchases, (api, region) => `${api} in ${region}`);
    expect(rows).toEqual([
      {
        key: '2027-01-01 general-text ap-southeast-1 1000000',
        stream: 'general-text in ap-southeast-1',
        size: '1M',
        calls: 1_000_000,
        count: 2,
        createdOn: '2027-01-01',
        unitPrice: '5580.00',
        price: '11160.00',
      },
      {
        key: '2027-06-01 passport ap-southeast-1 10000',
        stream: 'passport in ap-southeast-1',
        size: '10k',
        calls: 10_000,
        count: 1,
        createdOn: '2027-06-01',
        unitPrice: '124.13',
        price: '124.13',
      },
    ]);
  });
});

describe('toDifference', () => {
  it.each([
    [money('12.345'), { kind: 'saves', amount: '12.35' }],
    [negative('433.122'), { kind: 'costs-more', amount: '433.12' }],
    [money('0'), { kind: 'even' }],
    [money('0.004'), { kind: 'even' }],
    [negative('0.004'), { kind: 'even' }],
  ])('says %s as %j', (amount, difference) => {
    expect(toDifference(amount)).toEqual(difference);
  });
});
