import { describe, expect, it } from 'vitest';
import { DEFAULT_DEDUCTION_ORDER, type DeductionKey } from '../../engine';
import { isDefaultOrder, moveKey, orderRows, toggleKey } from './deduction-order-editing';

const order: DeductionKey[] = ['source', 'activatesOn', 'expiresOn'];

describe('moveKey', () => {
  it.each([
    {
      name: 'moves a key up one place',
      key: 'expiresOn',
      direction: -1,
      expected: ['source', 'expiresOn', 'activatesOn'],
    },
    {
      name: 'moves a key down one place',
      key: 'source',
      direction: 1,
      expected: ['activatesOn', 'source', 'expiresOn'],
    },
    {
      name: 'leaves the first key where it is when moved up',
      key: 'source',
      direction: -1,
      expected: order,
    },
    {
      name: 'leaves the last key where it is when moved down',
      key: 'expiresOn',
      direction: 1,
      expected: order,
    },
    { name: 'ignores a key not in use', key: 'priority', direction: -1, expected: order },
  ] as const)('$name', ({ key, direction, expected }) => {
    expect(moveKey(order, key, direction)).toEqual(expected);
  });
});

describe('toggleKey', () => {
  it.each([
    {
      name: 'puts a key in use last',
      key: 'priority',
      include: true,
      expected: [...order, 'priority'],
    },
    {
      name: 'keeps a key already in use where it is',
      key: 'source',
      include: true,
      expected: order,
    },
    {
      name: 'takes a key out',
      key: 'activatesOn',
      include: false,
      expected: ['source', 'expiresOn'],
    },
  ] as const)('$name', ({ key, include, expected }) => {
    expect(toggleKey(order, key, include)).toEqual(expected);
  });

  it('keeps the only key in use', () => {
    expect(toggleKey(['createdOn'], 'createdOn', false)).toEqual(['createdOn']);
  });
});

describe('orderRows', () => {
  it('lists the keys in use in their order, then the others, each once', () => {
    const rows = orderRows(['expiresOn', 'source']);
    expect(rows.map((row) => [row.key, row.position])).toEqual([
      ['expiresOn', 1],
      ['source', 2],
      ['activatesOn', null],
      ['createdOn', null],
      ['priority', null],
    ]);
  });

  it('lets keys in use move only where there is room', () => {
    const rows = orderRows(order);
    expect(rows.map((row) => [row.canMoveUp, row.canMoveDown])).toEqual([
      [false, true],
      [true, true],
      [true, false],
      [false, false],
      [false, false],
    ]);
  });

  it('stops the only key in use from being taken out', () => {
    const [only, other] = orderRows(['priority']);
    expect(only).toMatchObject({
      key: 'priority',
      canToggle: false,
      label: 'Manual priority (lower first)',
    });
    expect(other).toMatchObject({ key: 'source', canToggle: true });
  });
});

describe('isDefaultOrder', () => {
  it.each([
    { order: DEFAULT_DEDUCTION_ORDER, expected: true },
    { order: ['source', 'activatesOn', 'expiresOn'], expected: false },
    { order: ['activatesOn', 'source', 'expiresOn', 'createdOn'], expected: false },
  ] as const)('says $expected for $order', ({ order: candidate, expected }) => {
    expect(isDefaultOrder(candidate)).toBe(expected);
  });
});
