import { describe, expect, it } from 'vitest';
import { compareRulePresets, DEFAULT_DEDUCTION_ORDER, type DeductionKey } from '../../engine';
import { buildScenario } from '../../engine/testing/scenario-builder';
import {
  isDefaultOrder,
  moveKey,
  orderRows,
  presetRows,
  toggleKey,
} from './deduction-order-editing';

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
      ['calls', null],
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

describe('presetRows', () => {
  it('shows each preset with its cost rounded, its figures, the packages run out by date, and the one in use', () => {
    const scenario = buildScenario({
      months: 3,
      streams: [{ monthlyCalls: [500, 500, 3_100] }],
      packages: [
        { id: 'B', calls: 1_000, createdOn: '2026-12-15', activatesOn: '2027-01-01' },
        { id: 'A', calls: 1_000, createdOn: '2027-01-01', validityMonths: 2 },
      ],
    });
    const rows = presetRows(compareRulePresets(scenario), ['Old', 'Short'], 'baidu-ocr');
    expect(rows.map((row) => [row.preset, row.isCurrent])).toEqual([
      ['huawei-ocr', false],
      ['huawei-billing-center', false],
      ['tencent-ocr', false],
      ['baidu-ocr', true],
    ]);
    expect(rows[0]).toMatchObject({
      name: 'HUAWEI CLOUD OCR (default)',
      wastedCalls: 0,
      lapsedCalls: 0,
      ranOut: [
        { name: 'Short', on: '2027-02-28' },
        { name: 'Old', on: '2027-03-10' },
      ],
    });
    // Baidu's rule spends the package bought first: the short one, expiring 1 March, pays only
    // that day's 100 calls and expires holding 900.
    expect(rows[3]).toMatchObject({
      wastedCalls: 900,
      ranOut: [{ name: 'Old', on: '2027-02-28' }],
    });
    expect(Number(rows[3]?.totalCost)).toBeGreaterThan(Number(rows[0]?.totalCost));
  });
});
